package org.factgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.factgraph.server.DataWatcher;
import org.factgraph.server.FactServer;
import org.factgraph.server.PageOptions;
import org.factgraph.server.ServerOptions;
import org.factgraph.server.Site;
import org.factgraph.server.StoreBuild;
import org.factgraph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Build the graph, load it into a TDB2 store in one transaction and serve it read-only with embedded Fuseki, "
                + "published as linked data: IRIs dereference (303 + content negotiation), entity pages, source view, "
                + "home page, VoID, sitemap and dumps.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 3030;

    @Option(names = "--host", description = "127.0.0.1 (loopback only) or 0.0.0.0 (all interfaces) (default: ${DEFAULT-VALUE}).")
    String host = ServerOptions.LOOPBACK;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store = Path.of(".factgraph", "store");

    @Option(names = "--queries", paramLabel = "DIR", description = "Shipped SPARQL queries shown on the home page (default: ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 10;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes, from the users of --password-file only.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users allowed to update: 'user: password' lines.")
    Path passwordFile;

    @Option(names = "--max-results", paramLabel = "ROWS", description = "Most rows a query returns (default: ${DEFAULT-VALUE}).")
    int maxResults = ServerOptions.DEFAULT_MAX_RESULTS;

    @Option(names = "--page-size", paramLabel = "GROUPS", description = "Entity documents list what refers to the "
            + "entity in pages of this many statements or mentions; ?page=2 is the next (default: ${DEFAULT-VALUE}).")
    int pageSize = PageOptions.DEFAULTS.pageSize();

    @Option(names = "--page-cache", paramLabel = "MIB", description = "Memory for rendered entity documents, kept until "
            + "the data changes; 0 renders every request afresh (default: ${DEFAULT-VALUE}).")
    long pageCacheMib = PageOptions.DEFAULT_CACHE_BYTES >> 20;

    @Option(names = "--watch", description = "Rebuild and swap the graph when a file under --data changes; a build that fails keeps the served graph.")
    boolean watch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (allowUpdate != (passwordFile != null))
            throw new UsageException("--allow-update needs --password-file, and --password-file is only for --allow-update");
        ServerOptions options = new ServerOptions(host, port, Duration.ofSeconds(timeoutSeconds),
                allowUpdate ? passwordFile : null, maxResults, ServerOptions.DEFAULT_MAX_REQUEST_BYTES);
        if (pageCacheMib < 0 || pageCacheMib > Long.MAX_VALUE >> 20)
            throw new UsageException("--page-cache must be a number of MiB from 0: " + pageCacheMib);
        PageOptions pageOptions = new PageOptions(pageSize, pageCacheMib << 20);
        if (Files.exists(store) && !Files.isDirectory(store))
            throw new UsageException("--store " + store + " is a file; give a directory for the TDB2 store (it is created if missing)");
        StoreBuild build = new StoreBuild(common.builder(), Clock.systemUTC(), store.toAbsolutePath().getParent());
        TdbStore tdb = TdbStore.open(store);
        Graph voidGraph;
        try {
            voidGraph = build.into(tdb, common.data, common.base);
        } catch (RuntimeException e) {
            tdb.close();
            throw e;
        }
        Site site = new Site(tdb.dataset(), common.base, common.ontologyFiles(), voidGraph, queries, pageOptions);
        FactServer server;
        try {
            server = FactServer.start(tdb.dataset(), options, site);
        } catch (RuntimeException e) {
            tdb.close();
            if (isBindFailure(e))
                throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": the port is in use; stop"
                        + " the other server or pick another with --port (0 picks a free one)", new IOException(e));
            throw e;
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        DataWatcher watcher = !watch ? null : DataWatcher.start(common.data, Duration.ofSeconds(1), () -> {
            site.reloaded(build.into(tdb, common.data, common.base));
            out.println("Reloaded: " + tdb.size() + " quads");
            out.flush();
        }, e -> {
            err.println("factgraph: reload failed, still serving the previous graph: " + e.getMessage());
            err.flush();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null)
                watcher.close();
            server.close();
            tdb.close();
        }));
        out.println("factgraph is serving " + tdb.size() + " quads from " + store);
        out.println("  Home page: " + server.baseUrl());
        out.println("  SPARQL endpoint: " + server.sparqlUrl());
        if (!server.baseUrl().equals(common.base))
            out.println("  IRIs under " + common.base + " dereference here by path (e.g. " + server.baseUrl() + "id/...)");
        out.println("  Graph Store (read): " + server.baseUrl() + "factgraph/get");
        if (watch)
            out.println("Watching " + common.data + " for changes.");
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
