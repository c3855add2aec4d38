package org.factgraph.publish;

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

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.factgraph.bench.SyntheticData;
import org.factgraph.testing.TestDirs;
import org.factgraph.validate.OntologyFiles;
import org.factgraph.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming build's exports hold exactly the triples and quads of the in-memory build's. */
class StreamingBuildTest {
    private static final String BASE = "http://localhost:3030/";
    private final OntologyFiles ontology = OntologyFiles.in(Path.of("ontology"));

    @TempDir
    Path tmp;

    @Test
    void seedExportsAreIsomorphic() throws IOException {
        same(Path.of("data"));
    }

    @Test
    void syntheticExportsAreIsomorphic() throws IOException {
        Path data = tmp.resolve("data");
        new SyntheticData(SyntheticData.DEFAULT_SEED).write(data, 6);
        same(data);
    }

    private void same(Path data) throws IOException {
        Path mem = tmp.resolve("mem"), stream = tmp.resolve("stream");
        Files.createDirectories(stream);
        Files.writeString(stream.resolve("factgraph.jsonld"), "{}"); // stale: must be removed
        BuildSummary a = new Builder(ontology, Clock.systemUTC()).build(data, mem, BASE);
        BuildSummary b = new StreamingBuild(ontology, Clock.systemUTC()).build(data, stream, BASE);
        assertEquals(a.triples(), b.triples(), "triples");
        assertEquals(a.quads(), b.quads(), "quads");
        assertEquals(a.statements(), b.statements());
        assertEquals(a.unlinked(), b.unlinked());
        for (String f : new String[] {"factgraph.nt", "factgraph.ttl"})
            assertEquals(triples(mem.resolve(f)), triples(stream.resolve(f)), f);
        assertEquals(quads(mem.resolve("factgraph.trig")), quads(stream.resolve("factgraph.trig")));
        assertEquals(a.triples(), triples(stream.resolve("factgraph.nt")).size());
        assertEquals(a.triples(), Files.readAllLines(stream.resolve("factgraph.nt")).stream().filter(l -> !l.isBlank()).count(),
                "no triple is written twice");
        assertFalse(Files.exists(stream.resolve("factgraph.jsonld")));
        assertFalse(Files.exists(stream.resolve("factgraph.rdf")));
        String voidTtl = Files.readString(stream.resolve("void.ttl"));
        assertTrue(voidTtl.contains(Long.toString(a.triples())), voidTtl);
        try (var s = Files.list(stream)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    @Test
    void invalidDataWritesNothing() throws IOException {
        Path data = TestDirs.syntheticDataFailingShacl(tmp.resolve("bad"), 2);
        Path out = tmp.resolve("out");
        assertThrows(ValidationException.class, () -> new StreamingBuild(ontology, Clock.systemUTC()).build(data, out, BASE));
        try (var s = Files.list(out)) {
            assertEquals(0, s.count(), "nothing written");
        }
    }

    private static Set<Triple> triples(Path f) {
        Set<Triple> s = new HashSet<>();
        RDFDataMgr.loadGraph(f.toString()).find().forEachRemaining(s::add);
        return s;
    }

    private static Set<Quad> quads(Path f) {
        Set<Quad> s = new HashSet<>();
        RDFDataMgr.loadDatasetGraph(f.toString()).find().forEachRemaining(s::add);
        return s;
    }
}
