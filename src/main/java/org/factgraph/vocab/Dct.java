package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** Dublin Core terms. */
public final class Dct {
    public static final String NS = "http://purl.org/dc/terms/";
    public static final String PREFIX = "dct";

    public static final Node TITLE = Vocab.term(NS, "title");
    public static final Node PUBLISHER = Vocab.term(NS, "publisher");
    public static final Node DATE = Vocab.term(NS, "date");
    public static final Node ISSUED = Vocab.term(NS, "issued");
    public static final Node MODIFIED = Vocab.term(NS, "modified");
    public static final Node LICENSE = Vocab.term(NS, "license");
    public static final Node SOURCE = Vocab.term(NS, "source");
    public static final Node LANGUAGE = Vocab.term(NS, "language");
    public static final Node IS_PART_OF = Vocab.term(NS, "isPartOf");
    public static final Node HAS_PART = Vocab.term(NS, "hasPart");
    public static final Node CREATED = Vocab.term(NS, "created");
    public static final Node DESCRIPTION = Vocab.term(NS, "description");
    public static final Node TEMPORAL = Vocab.term(NS, "temporal");
    public static final Node CONFORMS_TO = Vocab.term(NS, "conformsTo");
    public static final Node FORMAT = Vocab.term(NS, "format");

    private Dct() {}
}
