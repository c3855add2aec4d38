package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** RDF Schema terms. */
public final class Rdfs {
    public static final String NS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String PREFIX = "rdfs";

    public static final Node LABEL = Vocab.term(NS, "label");
    public static final Node COMMENT = Vocab.term(NS, "comment");
    public static final Node SEE_ALSO = Vocab.term(NS, "seeAlso");

    private Rdfs() {}
}
