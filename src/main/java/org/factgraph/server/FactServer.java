package org.factgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Embedded Fuseki serving one dataset read-only at {@code /factgraph}: SPARQL at {@code /factgraph/sparql}, Graph
 * Store Protocol reads at {@code /factgraph/get}. Queries running longer than the timeout are cancelled. Given a
 * {@link Site}, the same Jetty also publishes the data as linked data ({@link LinkedDataServlet}: dereferenceable
 * IRIs, entity pages, source view, home page, VoID, sitemap, dumps).
 */
public final class FactServer implements AutoCloseable {
    public static final String DATASET = "/factgraph";

    private final FusekiServer server;
    private final String host;

    private FactServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static FactServer start(DatasetGraph dataset, ServerOptions options) {
        return start(dataset, options, null);
    }

    /** Starts Fuseki and, when {@code site} is given, the linked-data pages for it on every other path. */
    public static FactServer start(DatasetGraph dataset, ServerOptions options, Site site) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.loopbackOnly())
                .add(DATASET, dataset, false)
                .enableCors(false, null)
                .addFilter("/*", new CorsFilter());
        if (site != null)
            builder.addServlet("/*", new LinkedDataServlet(site));
        FusekiServer server = builder.build();
        server.start();
        return new FactServer(server, options.loopbackOnly() ? "localhost" : options.host());
    }

    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        return "http://" + host + ":" + port() + "/";
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET.substring(1) + "/sparql";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
