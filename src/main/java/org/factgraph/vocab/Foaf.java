package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** FOAF terms. */
public final class Foaf {
    public static final String NS = "http://xmlns.com/foaf/0.1/";
    public static final String PREFIX = "foaf";

    public static final Node PRIMARY_TOPIC = Vocab.term(NS, "primaryTopic");
    public static final Node DOCUMENT = Vocab.term(NS, "Document");

    private Foaf() {}
}
