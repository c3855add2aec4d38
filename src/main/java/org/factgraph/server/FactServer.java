package org.factgraph.server;

import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Embedded Fuseki serving one dataset read-only at {@code /factgraph}: SPARQL at {@code /factgraph/sparql}, Graph
 * Store Protocol reads at {@code /factgraph/get}. Queries running longer than the timeout are cancelled, results are
 * cut at a row limit and large request bodies refused. With a password file, authenticated users may also update at
 * {@code /factgraph/update} and {@code /factgraph/data}. No admin endpoints are exposed. Given a
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
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new RequestLimitFilter(options.maxRequestBytes()))
                .addFilter(DATASET + "/*", new ResultLimitFilter(options.maxResults()));
        if (options.allowUpdate())
            allowUpdate(builder, options.updatePasswords());
        if (site != null)
            builder.addServlet("/*", new LinkedDataServlet(site));
        FusekiServer server = builder.build();
        server.start();
        return new FactServer(server, options.loopbackOnly() ? "localhost" : options.host());
    }

    /** SPARQL Update and Graph Store writes, for the users of the password file only, over HTTP basic auth. */
    private static void allowUpdate(FusekiServer.Builder builder, Path passwords) {
        Set<String> users = PasswordFile.users(passwords);
        AuthPolicy policy = Auth.policyAllowSpecific(users);
        builder.passwordFile(passwords.toString())
                .auth(AuthScheme.BASIC)
                .addEndpoint(DATASET, "update", Operation.Update, policy)
                .addEndpoint(DATASET, "data", Operation.GSP_RW, policy);
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
