package org.factgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.factgraph.model.Document;
import org.factgraph.model.ExternalLink;
import org.factgraph.model.Span;
import org.factgraph.model.Statement;
import org.factgraph.vocab.DBpedia;
import org.factgraph.vocab.GeoNames;
import org.factgraph.vocab.Wikidata;

/**
 * How factgraph mints IRIs, all under one base: entities at {@code {base}id/{kind}/{name}}, statements (which are
 * also the named graphs holding their facts) at {@code {base}id/statement/{document}/{statement}}, documents at
 * {@code {base}id/document/{document}}, and text spans as RFC 5147 fragments of the document text.
 */
public final class IriPolicy {
    /** The default base: every IRI dereferences against {@code factgraph serve} on its default port. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    private IriPolicy(String base) {
        this.base = base;
    }

    /** Fails with {@link IllegalArgumentException} unless {@code base} is an absolute http(s) IRI ending in '/'. */
    public static IriPolicy of(String base) {
        try {
            IRIx iri = IRIx.create(base);
            if (!iri.isAbsolute() || !(base.startsWith("http://") || base.startsWith("https://")) || !base.endsWith("/")
                    || base.contains("#") || base.contains("?"))
                throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI ending in '/': " + base);
        } catch (IRIException e) {
            throw new IllegalArgumentException("base IRI is not a valid IRI: " + base + " (" + e.getMessage() + ")");
        }
        return new IriPolicy(base);
    }

    public String base() {
        return base;
    }

    public Node entity(String id) {
        return uri(base + "id/" + id);
    }

    public Node document(Document d) {
        return uri(base + "id/document/" + d.id());
    }

    public Node text(Document d) {
        return span(d, new Span(0, d.source().length()));
    }

    /** An RFC 5147 span of the document text, e.g. {@code …/text#char=120,245}. */
    public Node span(Document d, Span s) {
        return uri(base + "id/document/" + d.id() + "/text#char=" + s.begin() + "," + s.end());
    }

    public Node statement(Document d, Statement s) {
        return uri(base + "id/statement/" + d.id() + "/" + s.id());
    }

    /** An amount stated by a statement; {@code n} counts from 1 within the statement. */
    public Node value(Document d, Statement s, int n) {
        return uri(base + "id/statement/" + d.id() + "/" + s.id() + "/value-" + n);
    }

    /** The record of where a link's identifier was confirmed. */
    public Node link(String entityId, String target) {
        return uri(base + "id/link/" + entityId + "/" + target);
    }

    /** The graph holding entity types, labels and descriptions. */
    public Node entitiesGraph() {
        return uri(base + "graph/entities");
    }

    /** The graph holding links to external datasets. */
    public Node linksGraph() {
        return uri(base + "graph/links");
    }

    /** The graph holding documents, sentences, mentions and the provenance of every statement. */
    public Node provenanceGraph() {
        return uri(base + "graph/provenance");
    }

    /** The dataset as a whole (VoID/DCAT). */
    public Node dataset() {
        return uri(base + "void#dataset");
    }

    public static Node external(ExternalLink link) {
        return uri(switch (link.target()) {
            case WIKIDATA -> Wikidata.NS + link.id();
            case DBPEDIA -> DBpedia.NS + link.id();
            case GEONAMES -> GeoNames.NS + link.id() + "/";
        });
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
