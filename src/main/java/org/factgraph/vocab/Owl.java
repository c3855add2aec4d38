package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** OWL terms. */
public final class Owl {
    public static final String NS = "http://www.w3.org/2002/07/owl#";
    public static final String PREFIX = "owl";

    public static final Node SAME_AS = Vocab.term(NS, "sameAs");

    private Owl() {}
}
