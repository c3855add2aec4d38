package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** NIF 2.0 core terms for text, offsets and sentences. */
public final class Nif {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PREFIX = "nif";

    public static final Node CONTEXT = Vocab.term(NS, "Context");
    public static final Node SENTENCE = Vocab.term(NS, "Sentence");
    public static final Node PHRASE = Vocab.term(NS, "Phrase");
    public static final Node STRUCTURE = Vocab.term(NS, "Structure");
    public static final Node RFC5147_STRING = Vocab.term(NS, "RFC5147String");
    public static final Node IS_STRING = Vocab.term(NS, "isString");
    public static final Node BEGIN_INDEX = Vocab.term(NS, "beginIndex");
    public static final Node END_INDEX = Vocab.term(NS, "endIndex");
    public static final Node ANCHOR_OF = Vocab.term(NS, "anchorOf");
    public static final Node REFERENCE_CONTEXT = Vocab.term(NS, "referenceContext");
    public static final Node SUPER_STRING = Vocab.term(NS, "superString");
    public static final Node SOURCE_URL = Vocab.term(NS, "sourceUrl");

    private Nif() {}
}
