package org.factgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.factgraph.publish.Builder;
import org.factgraph.publish.BuiltGraph;
import org.factgraph.validate.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDataTest {
    private static final String BASE = "http://localhost:3030/";

    @TempDir
    Path tmp;

    private long triples(int docs) {
        Path dir = tmp.resolve("data-" + docs);
        new SyntheticData(SyntheticData.DEFAULT_SEED).write(dir, docs);
        BuiltGraph built = new Builder(OntologyFiles.in(Path.of("ontology")), Clock.systemUTC()).convert(dir, BASE);
        assertTrue(built.validation().conforms(), () -> String.join("\n", built.validation().violations()));
        assertEquals(docs, built.facts().documents().size());
        return built.dataset().getUnionGraph().size();
    }

    @Test
    void threeDocumentsBuildValidAndGrowLinearly() {
        long t1 = triples(1), t2 = triples(2), t3 = triples(3);
        long d1 = t2 - t1, d2 = t3 - t2;
        assertTrue(d1 > 500 && d2 > 500, "each document adds hundreds of triples: " + d1 + ", " + d2);
        assertTrue(Math.abs(d1 - d2) < 0.1 * d1, "per-document growth is about constant: " + d1 + " vs " + d2);
    }

    @Test
    void sameSeedGivesSameFiles() throws IOException {
        new SyntheticData(7).write(tmp.resolve("a"), 2);
        new SyntheticData(7).write(tmp.resolve("b"), 2);
        for (String f : new String[] {"entities.yaml", "documents/synthetic-0000002/statements.yaml",
                "documents/synthetic-0000002/source.txt"})
            assertEquals(Files.readString(tmp.resolve("a").resolve(f)), Files.readString(tmp.resolve("b").resolve(f)), f);
    }
}
