package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** RDF terms. */
public final class Rdf {
    public static final String NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String PREFIX = "rdf";

    public static final Node TYPE = Vocab.term(NS, "type");
    public static final Node STATEMENT = Vocab.term(NS, "Statement");
    public static final Node SUBJECT = Vocab.term(NS, "subject");
    public static final Node PREDICATE = Vocab.term(NS, "predicate");
    public static final Node OBJECT = Vocab.term(NS, "object");

    private Rdf() {}
}
