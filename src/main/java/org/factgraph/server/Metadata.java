package org.factgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.factgraph.publish.Builder;
import org.factgraph.publish.Exporter;
import org.factgraph.publish.RdfFormat;
import org.factgraph.vocab.Rdfs;

/**
 * What crawlers and programs fetch besides entity documents: the VoID/DCAT description ({@code /void},
 * {@code /.well-known/void}), the sitemap, robots.txt, the dumps ({@code /dumps/factgraph.ext} and {@code .gz}),
 * the JSON-LD context ({@code /context.jsonld}) and the ontology ({@code /ns}). Dumps are written once from the
 * store on first request and kept: the served data does not change while the server runs.
 */
final class Metadata {
    private static final Pattern DUMP = Pattern.compile("/dumps/" + Builder.FILE_STEM + "\\.([a-z]+)(\\.gz)?");
    private static final List<DocFormat> VOID_OFFERS = List.of(DocFormat.TURTLE, DocFormat.JSONLD, DocFormat.NTRIPLES,
            DocFormat.RDFXML);

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
