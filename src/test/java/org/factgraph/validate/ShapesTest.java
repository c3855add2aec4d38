package org.factgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.factgraph.SeedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One failing case per node shape in {@code ontology/shapes.ttl}: {@code cases-shacl/SHAPE/data.ttl} violates that
 * shape and no other. And the real seed graph conforms.
 */
class ShapesTest {
    static final Path CASES = Path.of("src/test/resources/cases-shacl");
    static final String FGSH = "https://w3id.org/factgraph/shapes#";
    private static final Validator VALIDATOR = OntologyFiles.in(SeedGraph.ONTOLOGY).validator();

    static List<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyNodeShapeHasAFailingCase() throws IOException {
        Graph shapes = RDFDataMgr.loadGraph(SeedGraph.ONTOLOGY.resolve(OntologyFiles.SHAPES).toString());
        List<String> names = shapes.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).mapWith(Triple::getSubject)
                .mapWith(n -> n.getURI().substring(FGSH.length())).toList().stream().sorted().toList();
        assertFalse(names.isEmpty(), "no node shapes found in shapes.ttl");
        assertEquals(names, cases());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseViolatesItsShapeAndNoOther(String shape) {
        ValidationOutcome outcome = VALIDATOR.validate(RDFDataMgr.loadGraph(CASES.resolve(shape).resolve("data.ttl")
                .toString()));
        assertFalse(outcome.conforms(), shape + ": the case should not conform");
        assertFalse(outcome.violations().isEmpty(), shape + ": no violation reported");
        String named = "[shape <" + FGSH + shape + ">]";
        for (String line : outcome.violations())
            assertTrue(line.endsWith(named), shape + ": violation does not name " + named + ":\n  " + line);
    }

    @Test
    void theSeedGraphConforms() {
        ValidationOutcome outcome = VALIDATOR.validate(SeedGraph.built().dataset().getUnionGraph());
        assertTrue(outcome.conforms(), outcome.report());
        assertTrue(SeedGraph.built().dataset().getUnionGraph().size() > 1000, "the seed graph looks empty");
    }
}
