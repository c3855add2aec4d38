package org.factgraph.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes factgraph writes and accepts in data files (compact IRIs such as {@code schema:Country}). */
public final class Prefixes {
    private static final Map<String, String> STANDARD = new LinkedHashMap<>();
    static {
        STANDARD.put(Fg.PREFIX, Fg.NS);
        STANDARD.put(Schema.PREFIX, Schema.NS);
        STANDARD.put(Org.PREFIX, Org.NS);
        STANDARD.put(Prov.PREFIX, Prov.NS);
        STANDARD.put(Dct.PREFIX, Dct.NS);
        STANDARD.put(Skos.PREFIX, Skos.NS);
        STANDARD.put(Dcat.PREFIX, Dcat.NS);
        STANDARD.put(VoidVocab.PREFIX, VoidVocab.NS);
        STANDARD.put(Nif.PREFIX, Nif.NS);
        STANDARD.put(Itsrdf.PREFIX, Itsrdf.NS);
        STANDARD.put(Foaf.PREFIX, Foaf.NS);
        STANDARD.put(Owl.PREFIX, Owl.NS);
        STANDARD.put(Rdf.PREFIX, Rdf.NS);
        STANDARD.put(Rdfs.PREFIX, Rdfs.NS);
        STANDARD.put(Xsd.PREFIX, Xsd.NS);
        STANDARD.put(Wikidata.PREFIX, Wikidata.NS);
        STANDARD.put(DBpedia.PREFIX, DBpedia.NS);
        STANDARD.put(GeoNames.PREFIX, GeoNames.NS);
    }

    /** Prefix name to namespace, in a stable order. */
    public static Map<String, String> standard() {
        return Map.copyOf(STANDARD);
    }

    /** A fresh prefix map holding the standard prefixes plus {@code base} as the empty prefix's sibling {@code id:}. */
    public static PrefixMap forBase(String base) {
        PrefixMap pm = PrefixMapFactory.create();
        STANDARD.forEach(pm::add);
        pm.add("id", base + "id/");
        return pm;
    }

    /** Expands {@code prefix:local}; empty when the prefix is unknown or the text is not a compact IRI. */
    public static Optional<String> expand(String curie) {
        int colon = curie.indexOf(':');
        if (colon <= 0)
            return Optional.empty();
        String ns = STANDARD.get(curie.substring(0, colon));
        return ns == null ? Optional.empty() : Optional.of(ns + curie.substring(colon + 1));
    }

    private Prefixes() {}
}
