package org.factgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.factgraph.SeedGraph;
import org.factgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every shipped query in {@code queries/} over the freshly built seed graph (union of the named graphs as the
 * default graph, as {@code factgraph query} and {@code serve} do) and compares the rows with the reviewed expected
 * result in {@code src/test/resources/queries/NAME.tsv}: as a multiset, and also in order when the query has ORDER BY.
 * Federated queries (SERVICE) need the network and are not run.
 */
class QueriesTest {
    static final Path QUERIES = Path.of("queries");
    static final Path EXPECTED = Path.of("src/test/resources/queries");
    private static TdbStore store;

    @BeforeAll
    static void load() {
        assertTrue(SeedGraph.built().validation().conforms(), SeedGraph.built().validation().report());
        store = TdbStore.inMemory();
        store.replace(SeedGraph.built().dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> localQueries() {
        return new QueryCatalog(QUERIES).names().stream().filter(n -> !federated(query(n))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localQueries")
    void queryGivesTheReviewedRows(String name) {
        Path expectedFile = EXPECTED.resolve(name + ".tsv");
        if (!Files.exists(expectedFile))
            fail(name + ".rq has no expected result " + expectedFile + "; run it once, review the rows, save them");
        Query query = query(name);
        ResultTable expected = ResultTable.readTsv(expectedFile);
        ResultTable actual = ResultTable.run(query, store.dataset());

        assertEquals(expected.vars(), actual.vars(), name + ": projected variables");
        String diff = actual.multisetDiff(expected);
        assertTrue(diff.isEmpty(), name + ": rows differ (- expected but missing, + returned but not expected):" + diff);
        if (query.hasOrderBy())
            assertEquals("", actual.orderDiff(expected), name + ": ORDER BY order differs");
    }

    @Test
    void everyExpectedResultBelongsToALocalQuery() {
        try (Stream<Path> s = Files.list(EXPECTED)) {
            List<String> orphans = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tsv"))
                    .map(f -> f.substring(0, f.length() - 4)).filter(n -> !localQueries().contains(n)).toList();
            assertEquals(List.of(), orphans, "expected results without a query in queries/");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theFederatedWikidataQueryIsShippedButNotRunHere() {
        assertTrue(federated(query("wikidata-federated")));
        assertTrue(!localQueries().contains("wikidata-federated"));
        assertTrue(QueryCatalog.question(QUERIES.resolve("wikidata-federated.rq")).toLowerCase().contains("network"),
                "the federated query's comment must say it needs the network");
    }

    private static Query query(String name) {
        return QueryCatalog.parse(QUERIES.resolve(name + ".rq"));
    }

    /** Whether the query sends any part to a remote endpoint. */
    static boolean federated(Query q) {
        AtomicBoolean service = new AtomicBoolean();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                service.set(true);
            }
        });
        return service.get();
    }
}
