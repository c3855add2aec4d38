package org.factgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Builds vocabulary terms; the only place a term IRI is assembled from a namespace. */
final class Vocab {
    static Node term(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    private Vocab() {}
}
