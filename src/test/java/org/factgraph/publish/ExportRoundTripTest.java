package org.factgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.factgraph.SeedGraph;
import org.factgraph.rdf.IriPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every file {@code build} writes parses back to exactly the built graph; void.ttl describes it truthfully. */
class ExportRoundTripTest {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String BASE = IriPolicy.DEFAULT_BASE;

    @TempDir
    static Path out;
    private static DatasetGraph dataset;
    private static Graph union;

    @BeforeAll
    static void build() {
        SeedGraph.builder().build(SeedGraph.DATA, out, BASE);
        dataset = SeedGraph.built().dataset();
        union = GraphFactory.createDefaultGraph();
        dataset.getUnionGraph().find().forEach(union::add);
        assertTrue(union.size() > 1000, "the seed graph should be large; got " + union.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"factgraph.ttl", "factgraph.nt", "factgraph.rdf"})
    void tripleFormatsHoldTheUnionGraph(String file) {
        Graph parsed = RDFDataMgr.loadGraph(out.resolve(file).toString());
        assertEquals(union.size(), parsed.size(), file + ": triple count");
        assertTrue(union.isIsomorphicWith(parsed), file + " is not isomorphic with the union graph");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"factgraph.trig", "factgraph.jsonld"})
    void quadFormatsHoldTheNamedGraphs(String file) {
        DatasetGraph parsed = RDFDataMgr.loadDatasetGraph(out.resolve(file).toString());
        assertEquals(names(dataset), names(parsed), file + ": graph names");
        assertEquals(0, parsed.getDefaultGraph().size(), file + ": the default graph should stay empty");
        assertTrue(IsoMatcher.isomorphic(dataset, parsed), file + " is not isomorphic with the built dataset");
    }

    @Test
    void voidStatesTheTripleCountOfTheUnionGraph() {
        Graph v = RDFDataMgr.loadGraph(out.resolve("void.ttl").toString());
        List<Node> counts = v.find(NodeFactory.createURI(BASE + "void#dataset"), iri(VOID + "triples"), Node.ANY)
                .mapWith(Triple::getObject).toList();
        assertEquals(1, counts.size(), "the dataset should state one void:triples");
        assertEquals(union.size(), ((Number) counts.get(0).getLiteralValue()).longValue());
    }

    /** One void:Linkset per (target dataset, link predicate) actually used, counting exactly those links. */
    @Test
    void voidHasOneLinksetPerTargetAndPredicate() {
        Graph v = RDFDataMgr.loadGraph(out.resolve("void.ttl").toString());
        Map<List<Node>, Long> expected = new HashMap<>();
        Graph links = dataset.getGraph(NodeFactory.createURI(BASE + "graph/links"));
        links.find().forEach(t -> expected.merge(List.of(targetOf(v, t.getObject()), t.getPredicate()), 1L, Long::sum));
        assertTrue(expected.size() >= 4, "expected links to several targets with owl:sameAs and skos:exactMatch");

        Map<List<Node>, Long> stated = new HashMap<>();
        v.find(Node.ANY, iri(Rdf.TYPE), iri(VOID + "Linkset")).mapWith(Triple::getSubject).forEach(ls -> {
            List<Node> key = List.of(one(v, ls, "objectsTarget"), one(v, ls, "linkPredicate"));
            long n = ((Number) one(v, ls, "triples").getLiteralValue()).longValue();
            assertEquals(null, stated.put(key, n), "two linksets for " + key);
        });
        assertEquals(expected, stated);
    }

    /** The VoID target dataset whose void:uriSpace the linked IRI starts with. */
    private static Node targetOf(Graph v, Node linked) {
        List<Node> targets = v.find(Node.ANY, iri(VOID + "uriSpace"), Node.ANY)
                .filterKeep(t -> linked.getURI().startsWith(t.getObject().getLiteralLexicalForm()))
                .mapWith(Triple::getSubject).filterDrop(s -> s.getURI().endsWith("#dataset")).toList();
        assertEquals(1, targets.size(), "no single VoID target for " + linked);
        return targets.get(0);
    }

    private static Node one(Graph g, Node s, String voidTerm) {
        List<Node> o = g.find(s, iri(VOID + voidTerm), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, o.size(), s + " void:" + voidTerm);
        return o.get(0);
    }

    private static List<Node> names(DatasetGraph d) {
        List<Node> n = new java.util.ArrayList<>();
        d.listGraphNodes().forEachRemaining(n::add);
        n.sort(java.util.Comparator.comparing(Node::getURI));
        return n;
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static final class Rdf {
        static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    }
}
