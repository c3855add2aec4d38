package org.factgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.factgraph.vocab.Fg;
import org.factgraph.vocab.Rdfs;

/** The terms factgraph's ontology defines: every {@code fg:} term with an {@code rdfs:label}. */
public final class OntologyTerms {
    private final Set<String> defined;

    private OntologyTerms(Set<String> defined) {
        this.defined = Set.copyOf(defined);
    }

    public static OntologyTerms load(OntologyFiles files) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = files.open(OntologyFiles.ONTOLOGY)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (RiotException e) {
            throw new ShapesException(files.name(OntologyFiles.ONTOLOGY) + ": " + e.getMessage()
                    + "; fix the ontology's Turtle syntax", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> terms = new HashSet<>();
        g.find(Node.ANY, Rdfs.LABEL, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Fg.NS))
                terms.add(t.getSubject().getURI());
        });
        return new OntologyTerms(terms);
    }

    /** Whether an IRI in factgraph's namespace is defined; IRIs in other namespaces are not this ontology's concern. */
    public boolean defines(String iri) {
        return !iri.startsWith(Fg.NS) || defined.contains(iri);
    }
}
