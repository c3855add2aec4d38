package org.factgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server on a free port that forwards requests to an upstream server, except those a rule picks, which
 * it answers with HTTP 500 without forwarding. With no upstream, it answers every request with 500.
 */
public final class FaultyProxy implements AutoCloseable {
    private final HttpServer server;
    private final String upstream;
    private final BiPredicate<HttpExchange, Integer> fail;
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /** {@code fail} gets the request and how many requests with its method came before it (from 0). */
    public FaultyProxy(String upstream, BiPredicate<HttpExchange, Integer> fail) {
        this.upstream = upstream;
        this.fail = fail;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Map<String, AtomicInteger> byMethod = new java.util.concurrent.ConcurrentHashMap<>();
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            int before = byMethod.computeIfAbsent(ex.getRequestMethod(), m -> new AtomicInteger()).getAndIncrement();
            try (ex) {
                byte[] body = ex.getRequestBody().readAllBytes();
                if (upstream == null || fail.test(ex, before)) {
                    failed.incrementAndGet();
                    respond(ex, 500, "injected failure".getBytes(StandardCharsets.UTF_8), "text/plain");
                } else {
                    forward(ex, body);
                }
            }
        });
        server.start();
    }

    /** A server that fails every request. */
    public static FaultyProxy alwaysFailing() {
        return new FaultyProxy(null, (ex, n) -> true);
    }

    public String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public int requests() {
        return requests.get();
    }

    public int failed() {
        return failed.get();
    }

    private void forward(HttpExchange ex, byte[] body) throws IOException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(upstream + ex.getRequestURI()))
                .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String h : new String[] {"Content-Type", "Accept"}) {
            String v = ex.getRequestHeaders().getFirst(h);
            if (v != null)
                req.header(h, v);
        }
        try {
            HttpResponse<byte[]> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            respond(ex, resp.statusCode(), resp.body(), resp.headers().firstValue("Content-Type").orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void respond(HttpExchange ex, int status, byte[] body, String type) throws IOException {
        if (type != null)
            ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0)
            ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
