package org.factgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One HTTP answer, sent the same way everywhere: CORS open to all, {@code Cache-Control}, and for a 200 with a body a
 * strong {@code ETag} (a hash of the bytes) and {@code Last-Modified}, answering {@code If-None-Match} and
 * {@code If-Modified-Since} with 304. HEAD gets the headers without the body.
 */
final class Reply {
    static final String CACHE_CONTROL = "public, max-age=300";

    final int status;
    final String contentType;
    final byte[] body;
    private final String etag;
    private final BodyWriter writer;
    private Instant lastModified;
    final Map<String, String> headers = new LinkedHashMap<>();

    /** Writes a body too large to hold in memory straight to the response. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    Reply(int status, String contentType, byte[] body) {
        this(status, contentType, body, null, null);
    }

    private Reply(int status, String contentType, byte[] body, String etag, BodyWriter writer) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.etag = etag;
        this.writer = writer;
    }

    static Reply ok(String contentType, byte[] body) {
        return new Reply(200, contentType, body);
    }

    /** A 200 whose ETag was computed before ({@link #etag(byte[])} of the same bytes). */
    static Reply ok(String contentType, byte[] body, String etag) {
        return new Reply(200, contentType, body, etag, null);
    }

    /**
     * A 200 written as it is sent, without a length; {@code etag} must change whenever what is written would (it
     * is weak: the same data written again need not be the same bytes).
     */
    static Reply streamed(String contentType, String etag, BodyWriter writer) {
        return new Reply(200, contentType, null, etag, writer);
    }

    static Reply ok(String contentType, String body) {
        return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply html(int status, String page) {
        return new Reply(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static Reply text(int status, String message) {
        return new Reply(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static Reply redirect(String location) {
        Reply r = new Reply(303, "text/plain; charset=utf-8",
                ("See " + location + "\n").getBytes(StandardCharsets.UTF_8));
        r.headers.put("Location", location);
        return r;
    }

    /** The {@code Last-Modified} of what this reply was made from, when it was read with the data it shows. */
    Reply lastModified(Instant at) {
        this.lastModified = at;
        return this;
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sends the reply; {@code dataLoaded} gives the {@code Last-Modified} of a 200 that was not given its own. */
    void send(HttpServletRequest req, HttpServletResponse resp, Supplier<Instant> dataLoaded) throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Location, Link, Content-Location");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        headers.forEach(resp::setHeader);
        boolean cacheable = status == 200 || status == 303;
        if (cacheable)
            resp.setHeader("Cache-Control", CACHE_CONTROL);
        else
            resp.setHeader("Cache-Control", "no-cache");
        if (status == 200) {
            Instant lastModified = this.lastModified != null ? this.lastModified : dataLoaded.get();
            String etag = this.etag != null ? this.etag : etag(body);
            resp.setHeader("ETag", etag);
            resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
            if (notModified(req, etag, lastModified)) {
                resp.setStatus(304);
                return;
            }
        }
        resp.setStatus(status);
        resp.setContentType(contentType);
        if (writer != null) {
            if ("HEAD".equals(req.getMethod()))
                resp.flushBuffer(); // sends the headers as they are: no Content-Length, rather than a false 0
            else
                writer.write(resp.getOutputStream());
            return;
        }
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod()))
            resp.getOutputStream().write(body);
    }

    private static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String inm = req.getHeader("If-None-Match");
        String ours = etag.startsWith("W/") ? etag.substring(2) : etag; // If-None-Match compares weakly
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/"))
                    t = t.substring(2);
                if (t.equals("*") || t.equals(ours))
                    return true;
            }
            return false;
        }
        try {
            long ims = req.getDateHeader("If-Modified-Since");
            return ims >= 0 && lastModified.toEpochMilli() <= ims;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
