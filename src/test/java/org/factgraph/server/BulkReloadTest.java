package org.factgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.factgraph.SeedGraph;
import org.factgraph.publish.VoidDescription;
import org.factgraph.store.TdbStore;
import org.factgraph.validate.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2's bulk loader fills an empty store without moving its data version, so a reload is told to the site too:
 * what was derived from the empty store (here: a dump) is not served once the data is in.
 */
class BulkReloadTest {
    @TempDir
    Path tmp;

    @Test
    void aBulkLoadIntoAnEmptyStoreIsSeenAfterTheReload() throws Exception {
        try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
            // a VoID description of the seed's size, so the dump is made in memory and kept
            Graph voidGraph = new VoidDescription(SeedGraph.built(), LocalDate.now()).graph();
            Site site = new Site(store.dataset(), "http://localhost:3030/", OntologyFiles.in(Path.of("ontology")),
                    voidGraph, null);
            try (FactServer server = FactServer.start(store.dataset(),
                    new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10)), site)) {
                assertEquals(0, dumpTriples(server), "the store starts empty");
                store.replace(SeedGraph.built().dataset()); // an empty store on disk: the bulk loader
                site.reloaded(voidGraph);
                assertTrue(dumpTriples(server) > 1000, "the dump of the empty store was served after the reload");
            }
        }
    }

    private static long dumpTriples(FactServer server) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "dumps/factgraph.nt")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).parse(g);
        return g.size();
    }
}
