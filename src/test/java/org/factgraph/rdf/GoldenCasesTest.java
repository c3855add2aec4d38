package org.factgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.factgraph.SeedGraph;
import org.factgraph.publish.BuiltGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden converter tests: each {@code src/test/resources/cases/NAME/} holds a small {@code data/} directory and the
 * reviewed {@code expected.trig}; the converted dataset (base {@code http://example.org/}) must be isomorphic to it,
 * named graph by named graph. On a mismatch the actual TriG is written to {@code target/golden/NAME.trig}.
 */
class GoldenCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases");
    static final String BASE = "http://example.org/";

    static List<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A case without a {@code data/} directory of its own (the seed) converts the shipped {@code data/}. */
    private static BuiltGraph convert(String name) {
        Path data = CASES.resolve(name).resolve("data");
        return SeedGraph.builder().convert(Files.isDirectory(data) ? data : Path.of("data"), BASE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsToTheExpectedDataset(String name) {
        BuiltGraph built = convert(name);
        assertTrue(built.validation().conforms(), name + ": " + built.validation().report());
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(CASES.resolve(name).resolve("expected.trig").toString());
        DatasetGraph actual = built.dataset();
        if (!IsoMatcher.isomorphic(expected, actual)) {
            Path dump = save(name, actual);
            throw new AssertionError(name + ": converted dataset differs from expected.trig (actual written to "
                    + dump + ")" + diff(expected, actual));
        }
    }

    /** Independent of expected.trig: every text span's nif:anchorOf is the slice of its context at its offsets. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everySpanQuotesItsContextAtItsOffsets(String name) {
        Dataset ds = DatasetFactory.wrap(convert(name).dataset());
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?span ?anchor ?begin ?end ?text WHERE {
                  GRAPH ?g { ?span nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end ;
                                   nif:referenceContext ?ctx . ?ctx nif:isString ?text } }""";
        List<String> wrong = new ArrayList<>();
        int[] spans = {0};
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            qe.execSelect().forEachRemaining(r -> {
                spans[0]++;
                String text = r.getLiteral("text").getString();
                int from = text.offsetByCodePoints(0, r.getLiteral("begin").getInt());
                int to = text.offsetByCodePoints(0, r.getLiteral("end").getInt());
                if (!text.substring(from, to).equals(r.getLiteral("anchor").getString()))
                    wrong.add(r.getResource("span").getURI() + " anchors \"" + r.getLiteral("anchor").getString()
                            + "\" but the text there is \"" + text.substring(from, to) + "\"");
            });
        }
        assertTrue(spans[0] > 0, name + ": no spans found");
        assertEquals(List.of(), wrong, name);
    }

    /** Triples missing from or added to each named graph (readable when, as here, there are no blank nodes). */
    private static String diff(DatasetGraph expected, DatasetGraph actual) {
        Set<String> names = new TreeSet<>();
        expected.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        actual.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        StringBuilder sb = new StringBuilder();
        for (String g : names) {
            Set<String> e = triples(expected, g), a = triples(actual, g);
            Set<String> missing = new TreeSet<>(e), extra = new TreeSet<>(a);
            missing.removeAll(a);
            extra.removeAll(e);
            if (missing.isEmpty() && extra.isEmpty())
                continue;
            sb.append("\nGRAPH <").append(g).append('>');
            missing.forEach(t -> sb.append("\n  - ").append(t));
            extra.forEach(t -> sb.append("\n  + ").append(t));
        }
        return sb.toString();
    }

    private static Set<String> triples(DatasetGraph d, String graph) {
        Node g = org.apache.jena.graph.NodeFactory.createURI(graph);
        Set<String> out = new TreeSet<>();
        if (d.containsGraph(g))
            d.getGraph(g).find().forEach(t -> out.add(t.toString()));
        return out;
    }

    private static Path save(String name, DatasetGraph actual) {
        Path file = Path.of("target/golden", name + ".trig");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, actual, Lang.TRIG);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
