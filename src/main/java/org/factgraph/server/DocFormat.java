package org.factgraph.server;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.factgraph.publish.RdfFormat;

/**
 * The representations an entity document comes in: the HTML page and the RDF formats. The order is the server's
 * preference when a client likes several equally. {@link #aliases} are further media types a client may ask for.
 */
public enum DocFormat {
    HTML("html", "text/html", null, List.of("application/xhtml+xml")),
    TURTLE(RdfFormat.TURTLE, List.of("application/x-turtle")),
    JSONLD(RdfFormat.JSONLD, List.of("application/json")),
    NTRIPLES(RdfFormat.NTRIPLES, List.of("text/plain")),
    RDFXML(RdfFormat.RDFXML, List.of("application/xml", "text/xml")),
    TRIG(RdfFormat.TRIG, List.of()),
    NQUADS(RdfFormat.NQUADS, List.of());

    private final String extension;
    private final String mediaType;
    private final RdfFormat rdf;
    private final List<String> aliases;

    /** An RDF document: extension and media type are those of its {@link RdfFormat}. */
    DocFormat(RdfFormat rdf, List<String> aliases) {
        this(rdf.extension(), rdf.mediaType(), rdf, aliases);
    }

    DocFormat(String extension, String mediaType, RdfFormat rdf, List<String> aliases) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.rdf = rdf;
        this.aliases = aliases;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type with charset, as sent in {@code Content-Type}. */
    public String contentType() {
        return this == JSONLD || this == RDFXML ? mediaType : mediaType + "; charset=utf-8";
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The RDF format, or null for HTML. */
    public RdfFormat rdf() {
        return rdf;
    }

    public boolean isRdf() {
        return rdf != null;
    }

    /** By extension ({@code ttl}) or {@link RdfFormat} key ({@code turtle}). */
    public static Optional<DocFormat> byName(String name) {
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(name) || (f.rdf != null && f.rdf.key().equals(name)))
                .findFirst();
    }
}
