package org.factgraph.server;

import java.time.Duration;

/**
 * How {@code factgraph serve} listens. {@code host} is 127.0.0.1 (loopback only, the default) or 0.0.0.0 (all
 * interfaces); port 0 picks a free port.
 */
public record ServerOptions(String host, int port, Duration queryTimeout) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final String ALL_INTERFACES = "0.0.0.0";

    public ServerOptions {
        if (!LOOPBACK.equals(host) && !"localhost".equals(host) && !ALL_INTERFACES.equals(host))
            throw new IllegalArgumentException("--host must be 127.0.0.1 (loopback, default) or 0.0.0.0 (all interfaces): " + host);
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("--port must be 0..65535: " + port);
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("query timeout must be positive");
    }

    public boolean loopbackOnly() {
        return !ALL_INTERFACES.equals(host);
    }
}
