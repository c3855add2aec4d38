package org.factgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.factgraph.validate.OntologyFiles;
import org.factgraph.vocab.Fg;
import org.factgraph.vocab.Nif;
import org.factgraph.vocab.Prov;
import org.factgraph.vocab.Rdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed graph's provenance is exact: offsets point at the words they claim, every statement has its facts. */
class ProvenanceTest {
    private static BuiltGraph built;
    private static String text;

    @BeforeAll
    static void build() throws Exception {
        built = new Builder(OntologyFiles.in(Path.of("ontology")), Clock.systemUTC())
                .convert(Path.of("data"), "http://example.org/");
        text = Files.readString(Path.of("data/documents/blinken-canada-2022/source.txt"));
    }

    @Test
    void seedConforms() {
        assertTrue(built.validation().conforms(), built.validation().report());
    }

    @Test
    void everyAnchorIsTheTextAtItsOffsets() {
        Graph g = built.dataset().getUnionGraph();
        int checked = 0;
        for (Triple t : g.find(Node.ANY, Nif.ANCHOR_OF, Node.ANY).toList()) {
            int begin = intValue(g, t.getSubject(), Nif.BEGIN_INDEX);
            int end = intValue(g, t.getSubject(), Nif.END_INDEX);
            int from = text.offsetByCodePoints(0, begin);
            int to = text.offsetByCodePoints(0, end);
            assertEquals(text.substring(from, to), t.getObject().getLiteralLexicalForm(), t.getSubject().getURI());
            assertTrue(t.getSubject().getURI().endsWith("#char=" + begin + "," + end), t.getSubject().getURI());
            checked++;
        }
        assertTrue(checked > 50, "expected sentences, quotes and mentions, found " + checked);
    }

    @Test
    void everyStatementHasFactsASentenceAndAQuoteInsideIt() {
        Graph g = built.dataset().getUnionGraph();
        Set<Node> statements = new HashSet<>();
        g.find(Node.ANY, Rdf.TYPE, Fg.STATEMENT).forEach(t -> statements.add(t.getSubject()));
        assertEquals(built.facts().statementCount(), statements.size());
        for (Node s : statements) {
            assertFalse(built.dataset().getGraph(s).isEmpty(), "no facts in graph " + s);
            List<Node> sentences = g.find(s, Prov.WAS_DERIVED_FROM, Node.ANY).mapWith(Triple::getObject).toList();
            assertFalse(sentences.isEmpty(), s + " derives from nothing");
            for (Node sentence : sentences)
                assertTrue(g.contains(sentence, Rdf.TYPE, Nif.SENTENCE), s + " derives from a non-sentence");
            for (Node quote : g.find(s, Fg.QUOTE, Node.ANY).mapWith(Triple::getObject).toList())
                assertTrue(sentences.stream().anyMatch(sentence -> within(g, quote, sentence)),
                        "a quote of " + s + " lies in none of its sentences");
        }
    }

    @Test
    void pageChromeStatesNothingAndHasNoSentences() {
        Graph g = built.dataset().getUnionGraph();
        int contentStart = text.codePointCount(0, text.indexOf("On October 27 and 28"));
        g.find(Node.ANY, Rdf.TYPE, Nif.SENTENCE).forEach(t ->
                assertTrue(intValue(g, t.getSubject(), Nif.BEGIN_INDEX) >= contentStart, "chrome sentence " + t.getSubject()));
        assertFalse(g.find(Node.ANY, Nif.ANCHOR_OF, org.apache.jena.graph.NodeFactory.createLiteralString(
                "Official websites use .gov")).hasNext());
    }

    private static boolean within(Graph g, Node inner, Node outer) {
        return intValue(g, outer, Nif.BEGIN_INDEX) <= intValue(g, inner, Nif.BEGIN_INDEX)
                && intValue(g, inner, Nif.END_INDEX) <= intValue(g, outer, Nif.END_INDEX);
    }

    private static int intValue(Graph g, Node s, Node p) {
        return Integer.parseInt(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }
}
