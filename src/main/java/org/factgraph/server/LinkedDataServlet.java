package org.factgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.factgraph.publish.EntityDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The linked-data face of {@code factgraph serve}, in the same Jetty as Fuseki. Every IRI minted under the base
 * dereferences here, by path (the base's host need not be this server's: {@code /id/x} stands for {@code {base}id/x}).
 *
 * <h2>URL scheme (W3C Cool URIs, 303 variant)</h2>
 * <table>
 * <caption>Routes</caption>
 * <tr><td>{@code /id/{kind}/{name}}</td><td>the thing itself: {@code 303 See Other} to {@code /doc/{kind}/{name}.{ext}},
 * the extension chosen from {@code Accept} (q-values honoured; no header or a browser's {@code *}{@code /*} → HTML;
 * nothing acceptable → 406), {@code Vary: Accept}; {@code ?format=ttl} (or {@code turtle}, {@code jsonld}, …)
 * overrides {@code Accept}. An IRI the data never mentions → 404, in HTML or RDF as negotiated.</td></tr>
 * <tr><td>{@code /doc/{kind}/{name}.{ext}}</td><td>the document about it in one format: {@code html}, {@code ttl},
 * {@code jsonld}, {@code nt}, {@code rdf} (and {@code trig}, {@code nq} keeping named graphs). The RDF names its
 * subject with {@code foaf:primaryTopic}.</td></tr>
 * <tr><td>{@code /doc/{kind}/{name}}</td><td>the generic document: negotiated, 200, {@code Content-Location}.</td></tr>
 * <tr><td>{@code /id/{kind}/{name}.{ext}}</td><td>a suffix on the thing's IRI serves that document directly (200).</td></tr>
 * <tr><td>{@code /source/{doc}}</td><td>the fact-sheet text, sentences anchored {@code #char=b,e}.</td></tr>
 * <tr><td>{@code /}, {@code /sparql}, {@code /queries/{name}}</td><td>home page, SPARQL form, shipped queries.</td></tr>
 * <tr><td>{@code /void}, {@code /.well-known/void}</td><td>VoID + DCAT, Turtle or JSON-LD.</td></tr>
 * <tr><td>{@code /sitemap.xml}, {@code /dumps/factgraph.{ext}[.gz]}, {@code /context.jsonld}, {@code /ns}</td>
 * <td>crawler metadata, dumps, JSON-LD context, ontology.</td></tr>
 * </table>
 * Only GET and HEAD (and CORS preflight OPTIONS) are answered; every answer goes through {@link Reply} (ETag,
 * Last-Modified, 304, Cache-Control, CORS). Paths outside a strict alphabet, or with dot segments, get 400.
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);

    static final List<DocFormat> OFFERS = List.of(DocFormat.values());
    private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9._-]*)*");
    private static final Pattern ID_PATH = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*)(?:\\.([a-z]+))?");
    private static final Pattern TEXT = Pattern.compile("document/([a-z0-9-]+)/text");
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,8}");

    private final transient Site site;
    private final transient EntityDescription describer;
    private final transient Pages pages;
    private final transient Metadata metadata;
    private final transient DocumentCache cache;

    public LinkedDataServlet(Site site) {
        this.site = site;
        this.describer = new EntityDescription(site.dataset(), site.base(), site.pageOptions().pageSize());
        this.cache = new DocumentCache(site.pageOptions().cacheBytes());
        this.pages = new Pages(site);
        this.metadata = new Metadata(site);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        if ("OPTIONS".equals(method)) {
            resp.setStatus(204);
            resp.setHeader("Allow", "GET, HEAD, OPTIONS");
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            resp.setHeader("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since");
            return;
        }
        Reply reply;
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            reply = Reply.text(405, "Only GET and HEAD are supported here; the data is read-only.")
                    .header("Allow", "GET, HEAD, OPTIONS");
        } else {
            try {
                reply = route(req);
            } catch (RuntimeException e) {
                LOG.warn("{} {} failed", method, req.getRequestURI(), e);
                reply = Reply.text(500, "Internal error.");
            }
        }
        reply.send(req, resp, site::loaded);
    }

    private Reply route(HttpServletRequest req) {
        String path = req.getRequestURI();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || path.contains("\\"))
            return Reply.text(400, "Bad path.");
        if (!SAFE.matcher(path).matches())
            return notFound(req, path);
        for (String seg : path.split("/"))
            if (seg.equals(".") || seg.equals(".."))
                return Reply.text(400, "Bad path.");
        if (path.equals("/"))
            return pages.home();
        if (path.equals("/style.css"))
            return Reply.ok("text/css; charset=utf-8", Html.CSS);
        if (path.startsWith("/id/"))
            return dereference(req, path.substring(4));
        if (path.startsWith("/doc/"))
            return document(req, path.substring(5));
        if (path.startsWith("/source/"))
            return pages.source(path.substring(8)).orElseGet(() -> notFound(req, path));
        if (path.equals("/sparql"))
            return pages.sparql(req.getParameter("query"), req.getParameter("format"));
        if (path.startsWith("/queries/"))
            return pages.shippedQuery(path.substring(9), req.getParameter("format")).orElseGet(() -> notFound(req, path));
        Optional<Reply> meta = metadata.route(path, req.getHeader("Accept"), req.getParameter("format"));
        return meta.orElseGet(() -> notFound(req, path));
    }

    /** {@code /id/…}: 303 to a document, or a suffixed document directly. */
    private Reply dereference(HttpServletRequest req, String rest) {
        Matcher m = ID_PATH.matcher(rest);
        if (!m.matches())
            return notFound(req, "/id/" + rest);
        String id = m.group(1);
        if (m.group(2) != null)
            return suffixed(req, "/id/" + rest, id, m.group(2), true);
        Matcher text = TEXT.matcher(id);
        if (text.matches())
            return Reply.redirect("/source/" + text.group(1)).header("Vary", "Accept");
        if (!describer.exists(site.iri("/id/" + id)))
            return notFound(req, "/id/" + id);
        return negotiated(req, f -> Reply.redirect(Urls.path("/doc/" + id + "." + f.extension())).header("Vary", "Accept"));
    }

    /** {@code /doc/…}: a document about a thing. */
    private Reply document(HttpServletRequest req, String rest) {
        Matcher m = ID_PATH.matcher(rest);
        if (!m.matches())
            return notFound(req, "/doc/" + rest);
        String id = m.group(1);
        if (m.group(2) != null)
            return suffixed(req, "/doc/" + rest, id, m.group(2), false);
        return negotiated(req, f -> serve(req, id, f, true).header("Vary", "Accept"));
    }

    /** A document asked for by its extension ({@code ?format=} still wins); an unknown extension is not found. */
    private Reply suffixed(HttpServletRequest req, String path, String id, String extension, boolean contentLocation) {
        return DocFormat.byName(extension).map(f -> serve(req, id, formatParam(req).orElse(f), contentLocation))
                .orElseGet(() -> notFound(req, path));
    }

    /**
     * The format asked for by {@code ?format=}, else chosen from {@code Accept}, handed to {@code then}: 400 for an
     * unknown {@code ?format=}, 406 when nothing offered is acceptable.
     */
    private Reply negotiated(HttpServletRequest req, Function<DocFormat, Reply> then) {
        String param = req.getParameter("format");
        if (param != null)
            return DocFormat.byName(param).map(then)
                    .orElseGet(() -> Reply.text(400, "Unknown format '" + param + "'; use one of " + extensions() + "."));
        return Conneg.choose(req.getHeader("Accept"), OFFERS).map(then).orElseGet(this::notAcceptable);
    }

    private Optional<DocFormat> formatParam(HttpServletRequest req) {
        String p = req.getParameter("format");
        return p == null ? Optional.empty() : DocFormat.byName(p);
    }

    /**
     * The document about {@code /id/{id}} in one format, page {@code ?page=n} (default 1): from the cache when this
     * generation of the data already rendered it. Every answer links its alternates, the page before and after
     * ({@code rel="prev"}, {@code rel="next"}) and the thing it describes.
     */
    private Reply serve(HttpServletRequest req, String id, DocFormat format, boolean contentLocation) {
        String param = req.getParameter("page");
        if (param != null && !PAGE.matcher(param).matches())
            return Reply.text(400, "Bad page '" + param + "': give a page number from 1, e.g. ?page=2.");
        int page = param == null ? 1 : Integer.parseInt(param);
        String docPath = "/doc/" + id + "." + format.extension();
        Site.Snapshot data = site.snapshot();
        long generation = data.generation();
        String key = EntityDescription.pageUrl(docPath, page);
        Optional<DocumentCache.Rendered> cached = cache.get(generation, key);
        Optional<DocumentCache.Rendered> rendered = cached.isPresent() ? cached : render(id, format, page);
        if (rendered.isEmpty())
            return page == 1 ? notFoundIn(format, site.iri("/id/" + id).getURI())
                    : Reply.text(404, "There is no page " + page + " of " + docPath + "; its first page is " + Urls.path(docPath) + ".");
        DocumentCache.Rendered r = rendered.get();
        if (cached.isEmpty())
            cache.put(generation, key, r);
        Reply reply = Reply.ok(r.contentType(), r.body(), r.etag()).lastModified(data.lastModified());
        if (contentLocation)
            reply.header("Content-Location", Urls.path(EntityDescription.pageUrl(docPath, page)));
        StringBuilder link = new StringBuilder();
        for (DocFormat f : DocFormat.values()) {
            if (link.length() > 0)
                link.append(", ");
            link.append('<').append(Urls.path(EntityDescription.pageUrl("/doc/" + id + "." + f.extension(), page)))
                    .append(">; rel=\"alternate\"; type=\"").append(f.mediaType()).append('"');
        }
        if (page > 1)
            link.append(", <").append(Urls.path(EntityDescription.pageUrl(docPath, page - 1))).append(">; rel=\"prev\"");
        if (page < r.pages())
            link.append(", <").append(Urls.path(EntityDescription.pageUrl(docPath, page + 1))).append(">; rel=\"next\"");
        link.append(", <").append(Urls.path("/id/" + id)).append(">; rel=\"describes\"");
        return reply.header("Link", link.toString());
    }

    private Optional<DocumentCache.Rendered> render(String id, DocFormat format, int page) {
        Node iri = site.iri("/id/" + id);
        String docUrl = site.base() + "doc/" + id + "." + format.extension();
        Optional<EntityDescription.Page> description = describer.describe(iri, docUrl, page);
        if (description.isEmpty())
            return Optional.empty();
        EntityDescription.Page p = description.get();
        byte[] body;
        if (format == DocFormat.HTML) {
            String jsonld = new String(RdfDocuments.write(p.dataset(), DocFormat.JSONLD, site.jsonLd()), StandardCharsets.UTF_8);
            body = pages.entity(iri, id, p, jsonld).getBytes(StandardCharsets.UTF_8);
        } else {
            body = RdfDocuments.write(p.dataset(), format, site.jsonLd());
        }
        return Optional.of(new DocumentCache.Rendered(format.contentType(), body, Reply.etag(body), p.count()));
    }

    private Reply notAcceptable() {
        return Reply.text(406, "Not acceptable. This resource is available as " + String.join(", ",
                OFFERS.stream().map(DocFormat::mediaType).toList()) + ".").header("Vary", "Accept");
    }

    private static String extensions() {
        return String.join(", ", OFFERS.stream().map(DocFormat::extension).toList());
    }

    private Reply notFound(HttpServletRequest req, String path) {
        DocFormat f = Conneg.choose(req.getHeader("Accept"), OFFERS).orElse(DocFormat.HTML);
        return notFoundIn(f, site.base() + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** 404 in the negotiated flavour: an HTML page, or an empty graph in the RDF format with a comment. */
    private Reply notFoundIn(DocFormat f, String what) {
        String safe = Urls.path(what);
        String body = switch (f) {
            case HTML -> pages.notFound(what);
            case TURTLE, NTRIPLES, NQUADS, TRIG -> "# Not found: nothing is known about <" + safe + ">.\n";
            case JSONLD -> "{\"@context\": {}, \"@graph\": [], \"_comment\": \"Not found: nothing is known about "
                    + safe.replace("\"", "%22") + "\"}\n";
            case RDFXML -> "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- Not found -->\n"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>\n";
        };
        return new Reply(404, f.contentType(), body.getBytes(StandardCharsets.UTF_8)).header("Vary", "Accept");
    }
}
