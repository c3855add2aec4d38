package org.factgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.core.DatasetGraph;
import org.factgraph.publish.Builder;
import org.factgraph.store.TdbStore;
import org.factgraph.validate.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Swapping the served graph while many clients read SPARQL and entity documents: every answer reflects the complete
 * old graph or the complete new one, and no request fails.
 */
class ReloadUnderLoadTest {
    private static final int READERS = 16;
    private static final int RELOADS = 20;
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @TempDir
    Path tmp;

    @Test
    void readersSeeOnlyCompleteGraphsDuringReloads() throws Exception {
        Builder builder = new Builder(OntologyFiles.in(Path.of("ontology")), Clock.systemUTC());
        DatasetGraph full = builder.convert(Path.of("data"), "http://example.org/").dataset();
        DatasetGraph smaller = builder.convert(withoutLastStatement(), "http://example.org/").dataset();
        long fullSize = full.getUnionGraph().size();
        long smallerSize = smaller.getUnionGraph().size();
        assertNotEquals(fullSize, smallerSize);

        try (TdbStore store = TdbStore.open(tmp.resolve("store"));
                FactServer server = FactServer.start(store.dataset(),
                        new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10)),
                        new Site(store.dataset(), "http://example.org/", OntologyFiles.in(Path.of("ontology")), null, null))) {
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8));
            URI page = URI.create(server.baseUrl() + "doc/relationship/arctic-cooperation.ttl");
            store.replace(smaller);
            long smallerPage = triples(http, page);
            store.replace(full);
            long fullPage = triples(http, page);
            assertNotEquals(fullPage, smallerPage, "the page should differ between the two graphs");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answers = new AtomicInteger();
            Set<String> problems = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(READERS);
            for (int r = 0; r < READERS; r++) {
                boolean pages = r % 2 == 1;
                pool.submit(() -> {
                    while (running.get()) {
                        try {
                            if (pages) {
                                long n = triples(http, page);
                                if (n != fullPage && n != smallerPage)
                                    problems.add("partial entity document: " + n + " triples");
                                answers.incrementAndGet();
                                continue;
                            }
                            var response = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").build(),
                                    HttpResponse.BodyHandlers.ofString());
                            String n = response.body().lines().skip(1).findFirst().orElse("").strip();
                            if (response.statusCode() != 200)
                                problems.add("HTTP " + response.statusCode());
                            else if (!n.equals(Long.toString(fullSize)) && !n.equals(Long.toString(smallerSize)))
                                problems.add("partial graph: " + n + " triples");
                            answers.incrementAndGet();
                        } catch (Exception e) {
                            problems.add(e.toString());
                        }
                    }
                });
            }
            for (int i = 0; i < RELOADS; i++) {
                store.replace(i % 2 == 0 ? smaller : full);
                Thread.sleep(50);
            }
            running.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
            assertEquals(Set.of(), problems);
            assertTrue(answers.get() >= READERS, "too few answers to mean anything: " + answers.get());
        }
    }

    /** Fetches a Turtle document and counts its triples; fails on any status but 200. */
    private static long triples(HttpClient http, URI uri) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200)
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + uri);
        var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(response.body()))
                .lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
        return g.size();
    }

    /** A copy of the data directory whose statements.yaml lacks its last statement. */
    private Path withoutLastStatement() throws Exception {
        Path copy = tmp.resolve("data");
        try (var files = Files.walk(Path.of("data"))) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(Path.of("data").relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target);
            }
        }
        Path statements = copy.resolve("documents/blinken-canada-2022/statements.yaml");
        String text = Files.readString(statements);
        Files.writeString(statements, text.substring(0, text.lastIndexOf("  - id: ")));
        return copy;
    }
}
