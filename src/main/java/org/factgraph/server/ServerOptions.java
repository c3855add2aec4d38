package org.factgraph.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code factgraph serve} listens and what it allows. {@code host} is 127.0.0.1 (loopback only, the default) or
 * 0.0.0.0 (all interfaces); port 0 picks a free port. The server is read-only unless {@code updatePasswords} names a
 * password file ({@code user: password} lines), and then only those users may update, over HTTP basic
 * authentication. Queries are cut at {@code queryTimeout} and their results at {@code maxResults} rows; request
 * bodies over {@code maxRequestBytes} are refused.
 */
public record ServerOptions(String host, int port, Duration queryTimeout, Path updatePasswords, int maxResults,
        long maxRequestBytes) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final String ALL_INTERFACES = "0.0.0.0";
    public static final int DEFAULT_MAX_RESULTS = 10_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

    public ServerOptions {
        if (!LOOPBACK.equals(host) && !"localhost".equals(host) && !ALL_INTERFACES.equals(host))
            throw new IllegalArgumentException("--host must be 127.0.0.1 (loopback, default) or 0.0.0.0 (all interfaces): " + host);
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("--port must be 0..65535: " + port);
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("query timeout must be positive");
        if (maxResults < 1)
            throw new IllegalArgumentException("--max-results must be at least 1: " + maxResults);
        if (maxRequestBytes < 1024)
            throw new IllegalArgumentException("the request body limit must be at least 1024 bytes: " + maxRequestBytes);
    }

    /** Read-only, with the default limits. */
    public ServerOptions(String host, int port, Duration queryTimeout) {
        this(host, port, queryTimeout, null, DEFAULT_MAX_RESULTS, DEFAULT_MAX_REQUEST_BYTES);
    }

    public boolean loopbackOnly() {
        return !ALL_INTERFACES.equals(host);
    }

    public boolean allowUpdate() {
        return updatePasswords != null;
    }
}
