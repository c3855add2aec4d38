package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** DCAT terms. */
public final class Dcat {
    public static final String NS = "http://www.w3.org/ns/dcat#";
    public static final String PREFIX = "dcat";

    public static final Node DATASET = Vocab.term(NS, "Dataset");
    public static final Node DISTRIBUTION_CLASS = Vocab.term(NS, "Distribution");
    public static final Node DISTRIBUTION = Vocab.term(NS, "distribution");
    public static final Node DOWNLOAD_URL = Vocab.term(NS, "downloadURL");
    public static final Node MEDIA_TYPE = Vocab.term(NS, "mediaType");
    public static final Node ACCESS_URL = Vocab.term(NS, "accessURL");
    public static final Node LANDING_PAGE = Vocab.term(NS, "landingPage");

    private Dcat() {}
}
