package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** VoID terms. */
public final class VoidVocab {
    public static final String NS = "http://rdfs.org/ns/void#";
    public static final String PREFIX = "void";

    public static final Node DATASET = Vocab.term(NS, "Dataset");
    public static final Node LINKSET = Vocab.term(NS, "Linkset");
    public static final Node TRIPLES = Vocab.term(NS, "triples");
    public static final Node ENTITIES = Vocab.term(NS, "entities");
    public static final Node DISTINCT_SUBJECTS = Vocab.term(NS, "distinctSubjects");
    public static final Node SPARQL_ENDPOINT = Vocab.term(NS, "sparqlEndpoint");
    public static final Node URI_SPACE = Vocab.term(NS, "uriSpace");
    public static final Node EXAMPLE_RESOURCE = Vocab.term(NS, "exampleResource");
    public static final Node LINK_PREDICATE = Vocab.term(NS, "linkPredicate");
    public static final Node SUBJECTS_TARGET = Vocab.term(NS, "subjectsTarget");
    public static final Node OBJECTS_TARGET = Vocab.term(NS, "objectsTarget");
    public static final Node TARGET = Vocab.term(NS, "target");
    public static final Node DATA_DUMP = Vocab.term(NS, "dataDump");
    public static final Node VOCABULARY = Vocab.term(NS, "vocabulary");
    public static final Node SUBSET = Vocab.term(NS, "subset");
    public static final Node FEATURE = Vocab.term(NS, "feature");

    private VoidVocab() {}
}
