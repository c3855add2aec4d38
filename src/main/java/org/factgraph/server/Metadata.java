package org.factgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.factgraph.publish.Builder;
import org.factgraph.publish.Exporter;
import org.factgraph.publish.RdfFormat;
import org.factgraph.publish.StreamedExport;
import org.factgraph.vocab.Rdfs;
import org.factgraph.vocab.VoidVocab;

/**
 * What crawlers and programs fetch besides entity documents: the VoID/DCAT description ({@code /void},
 * {@code /.well-known/void}), the sitemap, robots.txt, the dumps ({@code /dumps/factgraph.ext} and {@code .gz}),
 * the JSON-LD context ({@code /context.jsonld}) and the ontology ({@code /ns}). Dumps of data up to
 * {@link #IN_MEMORY_TRIPLES} are written from the store on first request and kept until the data changes; larger
 * ones are written from the store as they are sent.
 */
final class Metadata {
    private static final Pattern DUMP = Pattern.compile("/dumps/" + Builder.FILE_STEM + "\\.([a-z]+)(\\.gz)?");
    private static final List<DocFormat> VOID_OFFERS = List.of(DocFormat.TURTLE, DocFormat.JSONLD, DocFormat.NTRIPLES,
            DocFormat.RDFXML);

    /** Dumps of data up to this many triples are written once and kept in memory; larger ones are streamed. */
    static final long IN_MEMORY_TRIPLES = 500_000;
    /** System property overriding {@link #IN_MEMORY_TRIPLES}. */
    static final String IN_MEMORY_PROPERTY = "factgraph.dumpsInMemoryTriples";

    private final Site site;
    private final Map<String, byte[]> dumps = new ConcurrentHashMap<>();

    Metadata(Site site) {
        this.site = site;
    }

    Optional<Reply> route(String path, String accept, String format) {
        switch (path) {
            case "/void", "/.well-known/void" -> {
                return Optional.of(voidDescription(accept, format));
            }
            case "/sitemap.xml" -> {
                return Optional.of(Reply.ok("application/xml; charset=utf-8", sitemap()));
            }
            case "/robots.txt" -> {
                return Optional.of(Reply.ok("text/plain; charset=utf-8", "User-agent: *\nAllow: /\nDisallow: /factgraph/\n"
                        + "Sitemap: " + Urls.path(site.base() + "sitemap.xml") + "\n"));
            }
            case "/context.jsonld" -> {
                return Optional.of(Reply.ok("application/ld+json", site.context()));
            }
            case "/ns", "/ns.ttl" -> {
                return Optional.of(Reply.ok("text/turtle; charset=utf-8", site.ontologyTurtle()));
            }
            default -> {
                Matcher m = DUMP.matcher(path);
                if (m.matches())
                    return dump(m.group(1), m.group(2) != null);
                return Optional.empty();
            }
        }
    }

    private Reply voidDescription(String accept, String format) {
        Optional<DocFormat> f = format != null ? DocFormat.byName(format).filter(VOID_OFFERS::contains)
                : Conneg.choose(accept, VOID_OFFERS);
        if (f.isEmpty())
            return Reply.text(406, "The dataset description is available as text/turtle, application/ld+json, "
                    + "application/n-triples and application/rdf+xml.").header("Vary", "Accept");
        var ds = DatasetGraphFactory.wrap(site.voidGraph());
        site.voidGraph().getPrefixMapping().getNsPrefixMap().forEach((p, ns) -> ds.prefixes().add(p, ns));
        return Reply.ok(f.get().contentType(), RdfDocuments.write(ds, f.get(), site.jsonLd())).header("Vary", "Accept")
                .header("Link", "<" + Urls.path("/void") + ">; rel=\"describedby\"");
    }

    /** Every entity page, the home page and every source view, as public URLs under the base. */
    private String sitemap() {
        Node entities = NodeFactory.createURI(site.base() + "graph/entities");
        TreeSet<String> urls = new TreeSet<>();
        Txn.executeRead(site.dataset(), () -> site.dataset().find(entities, Node.ANY, Rdfs.LABEL, Node.ANY)
                .forEachRemaining(q -> site.pageLink(q.getSubject().getURI())
                        .ifPresent(p -> urls.add(site.base() + p.substring(1)))));
        new Pages(site).sources().keySet().forEach(doc -> urls.add(site.base() + "source/" + doc));
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        b.append("  <url><loc>").append(Html.esc(Urls.path(site.base()))).append("</loc></url>\n");
        for (String u : urls)
            b.append("  <url><loc>").append(Html.esc(Urls.path(u))).append("</loc></url>\n");
        return b.append("</urlset>\n").toString();
    }

    private Optional<Reply> dump(String ext, boolean gz) {
        Optional<RdfFormat> f = RdfFormat.byKey(ext).filter(x -> x.extension().equals(ext));
        if (f.isEmpty())
            return Optional.empty();
        long triples = triples();
        if (triples > Long.getLong(IN_MEMORY_PROPERTY, IN_MEMORY_TRIPLES))
            return Optional.of(streamedDump(f.get(), gz, triples));
        String generation = site.generation() + ":";
        byte[] plain = dumps.computeIfAbsent(generation + ext, k -> export(f.get()));
        if (!gz)
            return Optional.of(Reply.ok(DocFormat.byName(ext).map(DocFormat::contentType).orElse(f.get().mediaType()), plain)
                    .header("Content-Disposition", "inline; filename=\"" + Builder.FILE_STEM + "." + ext + "\""));
        byte[] zipped = dumps.computeIfAbsent(generation + ext + ".gz", k -> gzip(plain));
        dumps.keySet().removeIf(k -> !k.startsWith(generation));
        return Optional.of(Reply.ok("application/gzip", zipped)
                .header("Content-Disposition", "attachment; filename=\"" + Builder.FILE_STEM + "." + ext + ".gz\""));
    }

    /**
     * A dump of data too large to hold: written from the store as it is sent, in one read transaction, Turtle and
     * TriG in blocks. JSON-LD needs the whole graph and is not offered (as the streaming build does not write it).
     */
    private Reply streamedDump(RdfFormat f, boolean gz, long triples) {
        String name = Builder.FILE_STEM + "." + f.extension() + (gz ? ".gz" : "");
        if (f == RdfFormat.JSONLD)
            return Reply.text(404, name + " is not offered for data this large (" + triples + " triples): JSON-LD needs the"
                    + " whole graph in memory. /dumps/" + Builder.FILE_STEM + ".trig has the same quads.");
        String etag = "W/\"" + site.generation() + "-" + name + "\"";
        DatasetGraph dataset = site.dataset();
        String contentType = gz ? "application/gzip"
                : DocFormat.byName(f.extension()).map(DocFormat::contentType).orElse(f.mediaType());
        return Reply.streamed(contentType, etag, out -> {
            OutputStream target = gz ? new GZIPOutputStream(out, 1 << 16) : out;
            Txn.executeRead(dataset, () -> StreamedExport.write(dataset, f, site.base(), target));
            if (gz)
                ((GZIPOutputStream) target).finish();
            target.flush();
        }).header("Content-Disposition", (gz ? "attachment" : "inline") + "; filename=\"" + name + "\"");
    }

    /** The number of triples the VoID description gives the dataset; unknown counts as large. */
    private long triples() {
        var it = site.voidGraph().find(NodeFactory.createURI(site.base() + "void#dataset"), VoidVocab.TRIPLES, Node.ANY);
        try {
            return it.hasNext() && it.next().getObject().getLiteralValue() instanceof Number n ? n.longValue() : Long.MAX_VALUE;
        } finally {
            it.close();
        }
    }

    private byte[] export(RdfFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter exporter = new Exporter(site.dataset(), site.base(), site.jsonLd());
        Txn.executeRead(site.dataset(), () -> exporter.write(f, out));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
