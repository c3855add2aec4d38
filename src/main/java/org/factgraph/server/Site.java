package org.factgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.factgraph.publish.JsonLdWriter;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.store.TdbStore;
import org.factgraph.validate.OntologyFiles;
import org.factgraph.vocab.Dcat;
import org.factgraph.vocab.Rdfs;

/**
 * What the linked-data pages need besides the dataset: the base the IRIs were minted under (which may differ from
 * where this server listens, like Trifid's {@code datasetBaseUrl}), the ontology (for labels and {@code /ns}), the
 * JSON-LD context, the VoID description and the shipped queries.
 *
 * <p>Requests map to IRIs by path: {@code http://this-server/id/country/canada} stands for
 * {@code {base}id/country/canada}, whatever the base's host.
 */
public final class Site {
    private final DatasetGraph dataset;
    private final String base;
    private final byte[] ontologyTurtle;
    private final byte[] context;
    private final Graph ontology;
    private final Path queriesDir;
    private final JsonLdWriter jsonLd;
    private final PageOptions pageOptions;
    private volatile Loaded current;

    /**
     * What changes with the data; swapped as one: the number of reloads, and the TDB2 data version last seen (0
     * for another kind of dataset). Both count: TDB2's bulk loader, which fills an empty store, leaves the data
     * version as it was.
     */
    private record Loaded(Graph voidGraph, Instant at, long reloads, long version) {
        long generation() {
            return (reloads << 32) + version;
        }
    }

    public Site(DatasetGraph dataset, String base, OntologyFiles ontologyFiles, Graph voidGraph, Path queriesDir) {
        this(dataset, base, ontologyFiles, voidGraph, queriesDir, PageOptions.DEFAULTS);
    }

    public Site(DatasetGraph dataset, String base, OntologyFiles ontologyFiles, Graph voidGraph, Path queriesDir,
            PageOptions pageOptions) {
        this.dataset = dataset;
        this.base = IriPolicy.of(base).base();
        this.ontologyTurtle = read(ontologyFiles, OntologyFiles.ONTOLOGY);
        this.context = read(ontologyFiles, OntologyFiles.CONTEXT);
        this.ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ontologyTurtle)).lang(Lang.TURTLE).parse(ontology);
        this.queriesDir = queriesDir;
        this.jsonLd = new JsonLdWriter(new ByteArrayInputStream(context));
        this.pageOptions = pageOptions;
        this.current = new Loaded(describe(voidGraph), now(), 0, TdbStore.dataVersion(dataset).orElse(0));
    }

    /** Call after the dataset's content was replaced by a new build: its VoID, a new Last-Modified. */
    public synchronized void reloaded(Graph voidGraph) {
        current = new Loaded(describe(voidGraph), now(), current.reloads() + 1, TdbStore.dataVersion(dataset).orElse(0));
    }

    /**
     * The state of the data now. A TDB2 dataset changed by any write (a reload, or a SPARQL Update or Graph Store
     * write on a server that allows them) is noticed here: a new version and Last-Modified. The VoID description
     * keeps the figures of the last build until the next reload.
     */
    private Loaded observe() {
        Loaded seen = current;
        OptionalLong version = TdbStore.dataVersion(dataset);
        if (version.isEmpty() || version.getAsLong() <= seen.version())
            return seen;
        synchronized (this) { // versions only grow: a thread that read an older one must not set it back
            if (current.version() < version.getAsLong())
                current = new Loaded(current.voidGraph(), now(), current.reloads(), version.getAsLong());
            return current;
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private Graph describe(Graph source) {
        Graph g = GraphFactory.createDefaultGraph();
        if (source != null) {
            source.find().forEachRemaining(g::add);
            g.getPrefixMapping().setNsPrefixes(source.getPrefixMapping());
        }
        // The home page is the dataset's landing page.
        g.add(NodeFactory.createURI(base + "void#dataset"), Dcat.LANDING_PAGE, NodeFactory.createURI(base));
        return g;
    }

    private static byte[] read(OntologyFiles files, String name) {
        try (InputStream in = files.open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public String base() {
        return base;
    }

    byte[] ontologyTurtle() {
        return ontologyTurtle.clone();
    }

    byte[] context() {
        return context.clone();
    }

    Graph voidGraph() {
        return observe().voidGraph();
    }

    /**
     * Grows whenever the data changes; anything derived from the data and cached is keyed by it. Read it before
     * reading the data, so what is derived is never filed under a later generation than the data it came from.
     */
    long generation() {
        return observe().generation();
    }

    /** The directory of shipped queries, when there is one. */
    Optional<Path> queriesDir() {
        return Optional.ofNullable(queriesDir).filter(java.nio.file.Files::isDirectory);
    }

    /** The generation of the data and its {@code Last-Modified}, read together with one look at the store. */
    record Snapshot(long generation, Instant lastModified) {}

    /** Like {@link #generation()}, with the {@code Last-Modified} that goes with it. */
    Snapshot snapshot() {
        Loaded now = observe();
        return new Snapshot(now.generation(), now.at());
    }

    /** When the data was loaded: the {@code Last-Modified} of every document. */
    Instant loaded() {
        return observe().at();
    }

    /** The JSON-LD writer with factgraph's context; shared, it is safe to use from many threads. */
    JsonLdWriter jsonLd() {
        return jsonLd;
    }

    PageOptions pageOptions() {
        return pageOptions;
    }

    /** The ontology's English label of a term, if it defines one. */
    Optional<String> ontologyLabel(Node term) {
        var it = ontology.find(term, Rdfs.LABEL, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    /** The IRI a local path (starting with '/') stands for. */
    Node iri(String localPath) {
        return NodeFactory.createURI(base + localPath.substring(1));
    }

    /** The local path of an IRI minted under the base, or empty for an outside IRI. */
    Optional<String> localPath(String iri) {
        return iri.startsWith(base) ? Optional.of("/" + iri.substring(base.length())) : Optional.empty();
    }

    /** The HTML page of a resource, as a local link (fragments kept, so spans link into the source view). */
    Optional<String> pageLink(String iri) {
        Optional<String> local = localPath(iri);
        if (local.isEmpty())
            return Optional.empty();
        String path = local.get();
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash);
            path = path.substring(0, hash);
        }
        var text = java.util.regex.Pattern.compile("/id/document/([a-z0-9-]+)/text").matcher(path);
        if (text.matches())
            return Optional.of("/source/" + text.group(1) + fragment);
        if (path.startsWith("/id/"))
            return Optional.of("/doc/" + path.substring(4) + ".html" + fragment);
        return Optional.empty();
    }
}
