package org.factgraph.vocab;

/** DBpedia resource namespace (names follow English Wikipedia titles). */
public final class DBpedia {
    public static final String NS = "http://dbpedia.org/resource/";
    public static final String PREFIX = "dbr";

    private DBpedia() {}
}
