package org.factgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.factgraph.publish.QueryCatalog;
import org.factgraph.publish.QueryRunner;
import org.factgraph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run a SPARQL query (a .rq file or the name of one in queries/) against the freshly built graph or an endpoint.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.rq|NAME", description = "Query file, or name of a shipped query.")
    String query;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of the built graph.")
    String endpoint;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--queries", paramLabel = "DIR", description = "Directory of shipped queries (default: ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");

    @Override
    public Integer call() {
        QueryRunner.Format f = QueryRunner.format(format);
        Query q = QueryCatalog.parse(new QueryCatalog(queries).resolve(query));
        if (endpoint != null) {
            try {
                QueryRunner.remote(q, endpoint, f, System.out);
            } catch (RuntimeException e) {
                if (!ExitCode.isIo(e))
                    throw e;
                throw new RemoteException("querying " + endpoint + " failed: " + RemoteFailure.describe(e), e);
            }
            System.out.flush();
            return ExitCode.OK;
        }
        var built = common.builder().convert(common.data, common.base);
        try (TdbStore store = TdbStore.inMemory()) {
            store.replace(built.dataset());
            QueryRunner.local(q, store.dataset(), f, System.out);
        }
        System.out.flush();
        return ExitCode.OK;
    }
}
