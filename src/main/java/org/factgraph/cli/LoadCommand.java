package org.factgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.factgraph.publish.BuiltGraph;
import org.factgraph.store.GraphStoreLoader;
import org.factgraph.validate.ValidationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Push the validated graph, provenance included, into a SPARQL 1.1 Graph Store Protocol endpoint.",
                "Every graph is first written to a temporary graph (urn:factgraph:tmp:...); the target graphs are replaced only once all were written, in one SPARQL Update request with --update, else by one PUT each."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "Graph Store Protocol endpoint, e.g. http://host:3030/ds/data or http://host:8890/sparql-graph-crud-auth.")
    String endpoint;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Put the union of all graphs into this one graph (default: each named graph as itself).")
    String graph;

    @Option(names = "--update", paramLabel = "URL",
            description = "SPARQL Update endpoint of the same store, e.g. http://host:3030/ds/update: the graphs, staged in temporary graphs, are then moved into place in one request, so all change together or none does.")
    String update;

    @Option(names = "--user", paramLabel = "NAME", description = "User for HTTP authentication (basic or digest).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password.")
    Path passwordFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((user == null) != (passwordFile == null))
            throw new UsageException("--user and --password-file go together");
        requireHttpUrl("--endpoint", endpoint);
        if (update != null)
            requireHttpUrl("--update", update);
        if (graph != null && !isAbsoluteIri(graph))
            throw new UsageException("--graph '" + graph + "' is not an absolute IRI like http://example.org/graph/facts");
        BuiltGraph built = common.builder().convert(common.data, common.base);
        if (!built.validation().conforms())
            throw new ValidationException(built.validation());
        GraphStoreLoader loader = new GraphStoreLoader(endpoint, update, user, password(), Duration.ofSeconds(30));
        int graphs;
        try {
            graphs = loader.load(built.dataset(), graph);
        } catch (GraphStoreLoader.Failure e) {
            throw new RemoteException("loading into " + endpoint + " failed: " + RemoteFailure.describe(e.getCause())
                    + "; " + consequence(e), e);
        }
        spec.commandLine().getOut().println("Loaded " + graphs + " graph(s) into " + endpoint);
        return ExitCode.OK;
    }

    private static String consequence(GraphStoreLoader.Failure e) {
        return switch (e.phase()) {
            case STAGING -> "no target graph was changed";
            case MOVE -> "the store refused to move the staged graphs into place; a transactional store (such as Fuseki)"
                    + " changed no target graph";
            case REPLACE -> e.replaced() + " of " + e.total() + " target graphs were already replaced, the others hold"
                    + " their old content; run load again";
        };
    }

    private static boolean isAbsoluteIri(String iri) {
        try {
            return IRIx.create(iri).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }

    /** Fails with a usage error unless {@code url} is an absolute http(s) URL. */
    private static void requireHttpUrl(String option, String url) {
        try {
            URI u = new URI(url);
            if (("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null
                    && u.getQuery() == null && u.getFragment() == null)
                return;
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException(option + " '" + url + "' is not an http(s) URL like http://localhost:3030/ds/data");
    }

    private char[] password() {
        if (passwordFile == null)
            return null;
        try {
            return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).get(0).toCharArray();
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new UncheckedIOException("cannot read a password from " + passwordFile, e instanceof IOException io ? io : new IOException(e));
        }
    }
}
