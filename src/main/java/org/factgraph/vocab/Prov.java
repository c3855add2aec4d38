package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** PROV-O terms. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    public static final Node ENTITY = Vocab.term(NS, "Entity");
    public static final Node WAS_DERIVED_FROM = Vocab.term(NS, "wasDerivedFrom");
    public static final Node WAS_ATTRIBUTED_TO = Vocab.term(NS, "wasAttributedTo");
    public static final Node VALUE = Vocab.term(NS, "value");
    public static final Node HAD_PRIMARY_SOURCE = Vocab.term(NS, "hadPrimarySource");

    private Prov() {}
}
