package org.factgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.factgraph.publish.BuiltGraph;
import org.factgraph.server.FactServer;
import org.factgraph.server.ServerOptions;
import org.factgraph.store.TdbStore;
import org.factgraph.validate.ValidationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Build the graph, load it into a TDB2 store in one transaction and serve it read-only with embedded Fuseki.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 3030;

    @Option(names = "--host", description = "127.0.0.1 (loopback only) or 0.0.0.0 (all interfaces) (default: ${DEFAULT-VALUE}).")
    String host = ServerOptions.LOOPBACK;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store = Path.of(".factgraph", "store");

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 10;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerOptions options = new ServerOptions(host, port, Duration.ofSeconds(timeoutSeconds));
        BuiltGraph built = common.builder().convert(common.data, common.base);
        if (!built.validation().conforms())
            throw new ValidationException(built.validation());
        if (Files.exists(store) && !Files.isDirectory(store))
            throw new UsageException("--store " + store + " is a file; give a directory for the TDB2 store (it is created if missing)");
        TdbStore tdb = TdbStore.open(store);
        tdb.replace(built.dataset());
        FactServer server;
        try {
            server = FactServer.start(tdb.dataset(), options);
        } catch (RuntimeException e) {
            tdb.close();
            if (isBindFailure(e))
                throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": the port is in use; stop"
                        + " the other server or pick another with --port (0 picks a free one)", new IOException(e));
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            tdb.close();
        }));
        var out = spec.commandLine().getOut();
        out.println("factgraph is serving " + tdb.size() + " quads from " + store);
        out.println("  SPARQL endpoint: " + server.sparqlUrl());
        out.println("  Graph Store (read): " + server.baseUrl() + "factgraph/get");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return ExitCode.OK;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof BindException || (t instanceof IOException && String.valueOf(t.getMessage()).contains("Failed to bind")))
                return true;
        return false;
    }
}
