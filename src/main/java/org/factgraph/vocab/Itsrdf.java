package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** ITS 2.0 RDF terms, used with NIF for entity mentions. */
public final class Itsrdf {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PREFIX = "itsrdf";

    public static final Node TA_IDENT_REF = Vocab.term(NS, "taIdentRef");

    private Itsrdf() {}
}
