package org.factgraph.vocab;

/** Wikidata entity namespace (items are {@code wd:Q…}). */
public final class Wikidata {
    public static final String NS = "http://www.wikidata.org/entity/";
    public static final String PREFIX = "wd";

    private Wikidata() {}
}
