package org.factgraph.publish;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/** The RDF formats factgraph exports, with file extension and media type. */
public enum RdfFormat {
    TURTLE("turtle", "ttl", Lang.TURTLE, false),
    JSONLD("jsonld", "jsonld", Lang.JSONLD, true),
    NTRIPLES("ntriples", "nt", Lang.NTRIPLES, false),
    RDFXML("rdfxml", "rdf", Lang.RDFXML, false),
    TRIG("trig", "trig", Lang.TRIG, true),
    NQUADS("nquads", "nq", Lang.NQUADS, true);

    private final String key;
    private final String extension;
    private final Lang lang;
    private final boolean quads;

    RdfFormat(String key, String extension, Lang lang, boolean quads) {
        this.key = key;
        this.extension = extension;
        this.lang = lang;
        this.quads = quads;
    }

    /** The name used on the command line, e.g. {@code turtle}. */
    public String key() {
        return key;
    }

    public String extension() {
        return extension;
    }

    public Lang lang() {
        return lang;
    }

    public String mediaType() {
        return lang.getContentType().getContentTypeStr();
    }

    /** Whether the format keeps named graphs (and so the per-statement provenance). */
    public boolean keepsGraphs() {
        return quads;
    }

    public static Optional<RdfFormat> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key) || f.extension.equals(key)).findFirst();
    }
}
