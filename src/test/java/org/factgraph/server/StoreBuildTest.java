package org.factgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.factgraph.bench.SyntheticData;
import org.factgraph.publish.Builder;
import org.factgraph.publish.StreamingBuild;
import org.factgraph.store.TdbStore;
import org.factgraph.testing.TestDirs;
import org.factgraph.validate.OntologyFiles;
import org.factgraph.validate.ValidationException;
import org.factgraph.vocab.VoidVocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code serve} loads: large data (here: any data, the streaming threshold lowered to one byte) is built one
 * document at a time and streamed into TDB2 from the build's TriG, and the store ends up with exactly the quads the
 * in-memory build makes.
 */
class StoreBuildTest {
    private static final String BASE = "http://localhost:3030/";
    private final Builder builder = new Builder(OntologyFiles.in(Path.of("ontology")), Clock.systemUTC());

    @TempDir
    Path tmp;
    private String threshold;

    @BeforeEach
    void streamEverything() {
        threshold = System.getProperty(StreamingBuild.THRESHOLD_PROPERTY);
        System.setProperty(StreamingBuild.THRESHOLD_PROPERTY, "1");
    }

    @AfterEach
    void restore() {
        if (threshold == null)
            System.clearProperty(StreamingBuild.THRESHOLD_PROPERTY);
        else
            System.setProperty(StreamingBuild.THRESHOLD_PROPERTY, threshold);
    }

    @Test
    void largeDataIsStreamedIntoTheStoreWithTheQuadsOfTheInMemoryBuild() throws IOException {
        Path data = tmp.resolve("data");
        new SyntheticData(SyntheticData.DEFAULT_SEED).write(data, 6);
        assertTrue(StreamingBuild.isLarge(data));
        Set<Quad> expected = quads(builder.convert(data, BASE).dataset());
        Path storeDir = tmp.resolve("stores/tdb2");
        try (TdbStore store = TdbStore.open(storeDir)) {
            Graph voidGraph = new StoreBuild(builder, Clock.systemUTC(), storeDir.getParent()).into(store, data, BASE);
            assertEquals(expected, quads(store.dataset()));
            assertTrue(voidGraph.contains(Node.ANY, VoidVocab.TRIPLES, Node.ANY), "the VoID description has the counts");
        }
        try (var left = Files.list(tmp.resolve("stores"))) {
            assertEquals(Set.of(storeDir), Set.copyOf(left.toList()), "the scratch build directory was left behind");
        }
    }

    @Test
    void invalidLargeDataLeavesTheStoreAsItWas() throws IOException {
        Path good = tmp.resolve("good");
        new SyntheticData(SyntheticData.DEFAULT_SEED).write(good, 2);
        Path bad = TestDirs.syntheticDataFailingShacl(tmp.resolve("bad"), 2);
        Path storeDir = tmp.resolve("stores/tdb2");
        StoreBuild build = new StoreBuild(builder, Clock.systemUTC(), storeDir.getParent());
        try (TdbStore store = TdbStore.open(storeDir)) {
            build.into(store, good, BASE);
            Set<Quad> before = quads(store.dataset());
            assertThrows(ValidationException.class, () -> build.into(store, bad, BASE));
            assertEquals(before, quads(store.dataset()));
            assertFalse(before.isEmpty());
        }
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }
}
