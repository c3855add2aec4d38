package org.factgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

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
        BuiltGraph built = common.builder().convert(common.data, common.base);
        if (!built.validation().conforms())
            throw new ValidationException(built.validation());
        GraphStoreLoader loader = new GraphStoreLoader(endpoint, update, user, password(), Duration.ofSeconds(30));
        int graphs;
        try {
            graphs = loader.load(built.dataset(), graph);
        } catch (RuntimeException e) {
            throw new RemoteException("loading into " + endpoint + " failed: " + RemoteFailure.describe(e)
                    + "; no target graph was changed unless the failure came while switching over (see --help)", e);
        }
        spec.commandLine().getOut().println("Loaded " + graphs + " graph(s) into " + endpoint);
        return ExitCode.OK;
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
