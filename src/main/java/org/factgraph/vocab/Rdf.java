package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** RDF terms. */
public final class Rdf {
    public static final String NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String PREFIX = "rdf";

    public static final Node TYPE = Vocab.term(NS, "type");

    private Rdf() {}
}
