package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** SKOS terms. */
public final class Skos {
    public static final String NS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PREFIX = "skos";

    public static final Node CONCEPT = Vocab.term(NS, "Concept");
    public static final Node PREF_LABEL = Vocab.term(NS, "prefLabel");
    public static final Node ALT_LABEL = Vocab.term(NS, "altLabel");
    public static final Node NOTE = Vocab.term(NS, "note");
    public static final Node EXACT_MATCH = Vocab.term(NS, "exactMatch");
    public static final Node CLOSE_MATCH = Vocab.term(NS, "closeMatch");

    private Skos() {}
}
