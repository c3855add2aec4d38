package org.factgraph.model;

import java.util.regex.Pattern;

/** The external datasets factgraph links to, with the identifier syntax each accepts. */
public enum LinkTarget {
    WIKIDATA("wikidata", Pattern.compile("Q[1-9][0-9]*")),
    DBPEDIA("dbpedia", Pattern.compile("[^\\s<>\"{}|\\\\^`/?#][^\\s<>\"{}|\\\\^`?#]*")),
    GEONAMES("geonames", Pattern.compile("[1-9][0-9]*"));

    private final String key;
    private final Pattern idSyntax;

    LinkTarget(String key, Pattern idSyntax) {
        this.key = key;
        this.idSyntax = idSyntax;
    }

    /** The key used for this target in data files. */
    public String key() {
        return key;
    }

    public boolean accepts(String id) {
        return idSyntax.matcher(id).matches();
    }

    public static java.util.Optional<LinkTarget> byKey(String key) {
        for (LinkTarget t : values())
            if (t.key.equals(key))
                return java.util.Optional.of(t);
        return java.util.Optional.empty();
    }
}
