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

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Push the validated graph, provenance included, into a SPARQL 1.1 Graph Store Protocol endpoint.")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "Graph Store Protocol endpoint, e.g. http://host:3030/ds/data or http://host:8890/sparql-graph-crud-auth.")
    String endpoint;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Put the union of all graphs into this one graph (default: each named graph as itself).")
    String graph;

    @Option(names = "--user", paramLabel = "NAME", description = "User for HTTP authentication.")
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
        GraphStoreLoader loader = new GraphStoreLoader(endpoint, user, password(), Duration.ofSeconds(30));
        int graphs;
        try {
            graphs = loader.load(built.dataset(), graph);
        } catch (RuntimeException e) {
            throw new RemoteException("loading into " + endpoint + " failed: " + e.getMessage(), e);
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
