package org.factgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends one write request whole (headers and body in a single write) and reads the status line. A server that
 * refuses without reading the body cannot race the client this way, as it can with clients that stream the body.
 */
final class RawHttp {
    static int status(String method, URI uri, String contentType, String body) throws IOException {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length
                + "\r\nConnection: close\r\n\r\n";
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            byte[] head8 = head.getBytes(StandardCharsets.US_ASCII);
            byte[] all = new byte[head8.length + payload.length];
            System.arraycopy(head8, 0, all, 0, head8.length);
            System.arraycopy(payload, 0, all, head8.length, payload.length);
            out.write(all);
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read())
                line.append((char) c);
            String[] parts = line.toString().split(" ");
            if (parts.length < 2)
                throw new IOException("no HTTP status line from " + uri + ": '" + line + "'");
            return Integer.parseInt(parts[1]);
        }
    }

    private RawHttp() {}
}
