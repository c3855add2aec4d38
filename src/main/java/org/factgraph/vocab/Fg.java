package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** factgraph's own terms, defined in {@code ontology/factgraph.ttl}: only what the reused vocabularies lack. */
public final class Fg {
    public static final String NS = "https://w3id.org/factgraph/ns#";
    public static final String PREFIX = "fg";

    public static final Node STATEMENT = Vocab.term(NS, "Statement");
    public static final Node INFERRED_STATEMENT = Vocab.term(NS, "InferredStatement");
    public static final Node QUOTE = Vocab.term(NS, "quote");
    public static final Node SECTION = Vocab.term(NS, "section");
    public static final Node VALUE_QUALIFIER = Vocab.term(NS, "valueQualifier");
    public static final Node PERIOD = Vocab.term(NS, "period");

    private Fg() {}
}
