package org.factgraph.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.factgraph.vocab.Fg;

/** Maps the qualifier words of data files ({@code more-than}) to the individuals of the ontology ({@code fg:moreThan}). */
final class Qualifiers {
    static final List<String> NAMES = List.of("more-than", "less-than", "at-least", "about");

    static Node node(String word) {
        StringBuilder local = new StringBuilder();
        boolean upper = false;
        for (char c : word.toCharArray()) {
            if (c == '-')
                upper = true;
            else {
                local.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return NodeFactory.createURI(Fg.NS + local);
    }

    private Qualifiers() {}
}
