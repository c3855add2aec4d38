package org.factgraph.server;

import static org.factgraph.server.TestServer.header;
import static org.factgraph.server.TestServer.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.factgraph.vocab.Owl;
import org.factgraph.vocab.Rdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity documents over real HTTP when what refers to an entity is split across pages (a small page size makes
 * the seed's hubs paged), and the rendered-document cache: kept per data generation, dropped after a write.
 */
class PagedDocumentsTest {
    static final String BASE = "http://localhost:3030/";
    static final Node CANADA = NodeFactory.createURI(BASE + "id/country/canada");
    static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");

    private static TestServer paged(int pageSize) {
        return new TestServer(Path.of("data"), BASE, null,
                new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10)), new PageOptions(pageSize, 1 << 20));
    }

    @Test
    void followingNextLinksGathersEveryQuadAboutTheEntity() {
        try (TestServer s = paged(10)) {
            Set<Quad> expected = new HashSet<>();
            Txn.executeRead(s.store.dataset(), () -> {
                s.store.dataset().find(Node.ANY, Node.ANY, Node.ANY, CANADA).forEachRemaining(expected::add);
                s.store.dataset().find(Node.ANY, CANADA, Node.ANY, Node.ANY).forEachRemaining(expected::add);
            });
            Set<Quad> seen = new HashSet<>();
            List<String> paths = new ArrayList<>();
            String path = "/doc/country/canada.nq";
            while (path != null) {
                assertTrue(paths.size() < 100, "the next links do not end");
                paths.add(path);
                HttpResponse<byte[]> r = s.get(path);
                assertEquals(200, r.statusCode(), path);
                DatasetGraph page = parse(r.body(), Lang.NQUADS);
                assertTrue(page.contains(Node.ANY, CANADA, Owl.SAME_AS, Node.ANY), "every page carries Canada's own facts: " + path);
                page.find(Node.ANY, Node.ANY, Node.ANY, CANADA).forEachRemaining(seen::add);
                page.find(Node.ANY, CANADA, Node.ANY, Node.ANY).forEachRemaining(seen::add);
                assertTrue(groups(page) <= 10, "more than 10 statements or referrers on " + path + ": " + groups(page));
                Matcher next = NEXT.matcher(header(r, "Link"));
                path = next.find() ? next.group(1) : null;
                String seeAlso = BASE + (path == null ? "" : path.substring(1));
                assertEquals(path != null, page.contains(Quad.defaultGraphIRI, CANADA, Rdfs.SEE_ALSO, NodeFactory.createURI(seeAlso)),
                        "rdfs:seeAlso names the next page exactly when there is one: " + paths.get(paths.size() - 1));
            }
            assertTrue(paths.size() >= 3, "Canada's description should be paged at 10 per page: " + paths);
            assertEquals("/doc/country/canada.nq?page=2", paths.get(1));
            expected.forEach(q -> assertTrue(seen.contains(q), "no page holds " + q));
        }
    }

    @Test
    void pagesLinkBackAndForthAndBadPageNumbersAreRefused() {
        try (TestServer s = paged(10)) {
            HttpResponse<byte[]> two = s.get("/doc/country/canada.ttl?page=2");
            assertEquals(200, two.statusCode());
            String link = header(two, "Link");
            assertTrue(link.contains("</doc/country/canada.ttl>; rel=\"prev\""), link);
            assertTrue(link.contains("</doc/country/canada.ttl?page=3>; rel=\"next\""), link);
            assertTrue(link.contains("</doc/country/canada.jsonld?page=2>; rel=\"alternate\""), link);
            assertEquals(header(s.get("/doc/country/canada.ttl"), "ETag"), header(s.get("/doc/country/canada.ttl?page=1"), "ETag"));
            assertNotEquals(header(s.get("/doc/country/canada.ttl"), "ETag"), header(two, "ETag"));

            for (String bad : List.of("0", "-1", "two", "1.5", "99999999999"))
                assertEquals(400, s.get("/doc/country/canada.ttl?page=" + bad).statusCode(), bad);
            HttpResponse<byte[]> beyond = s.get("/doc/country/canada.ttl?page=500");
            assertEquals(404, beyond.statusCode());
            assertTrue(text(beyond).contains("/doc/country/canada.ttl"), text(beyond));

            String html = text(s.get("/doc/country/canada.html?page=2"));
            assertTrue(html.contains("Page 2 of "), html);
            assertTrue(html.contains("<a rel=\"prev\" href=\"/doc/country/canada.html\">"), html);
            assertTrue(html.contains("<a rel=\"next\" href=\"/doc/country/canada.html?page=3\">"), html);
            assertTrue(html.contains("href=\"/doc/country/canada.trig?page=2\""), "the RDF alternates are of the same page");
        }
    }

    @Test
    void anEntityWithFewReferencesIsOnePage() {
        try (TestServer s = paged(10)) {
            HttpResponse<byte[]> r = s.get("/doc/relationship/us-canada-trade.ttl");
            assertEquals(200, r.statusCode());
            assertFalse(header(r, "Link").contains("rel=\"next\""));
            assertFalse(text(s.get("/doc/relationship/us-canada-trade.html")).contains("class=\"pager\""));
            assertEquals(404, s.get("/doc/relationship/us-canada-trade.ttl?page=2").statusCode());
        }
    }

    @Test
    void aWriteThroughSparqlUpdateIsSeenOnTheNextRequest(@TempDir Path tmp) throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        ServerOptions writable = new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10), passwords, 100, 1 << 20);
        try (TestServer s = new TestServer(Path.of("data"), BASE, null, writable, PageOptions.DEFAULTS)) {
            HttpResponse<byte[]> before = s.get("/doc/country/canada.ttl");
            assertEquals(before.body().length, s.get("/doc/country/canada.ttl").body().length, "same document twice");
            assertFalse(text(before).contains("Kanada"));
            String insert = "INSERT DATA { GRAPH <" + BASE + "graph/entities> { <" + CANADA.getURI()
                    + "> <http://www.w3.org/2004/02/skos/core#altLabel> \"Kanada\"@de } }";
            HttpRequest update = HttpRequest.newBuilder(URI.create(s.url("/factgraph/update")))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:s3cret".getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build();
            int code = s.http.send(update, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(code == 200 || code == 204, "update failed: HTTP " + code);
            HttpResponse<byte[]> after = s.get("/doc/country/canada.ttl");
            assertTrue(text(after).contains("Kanada"), "the cached document was served after the write");
            assertNotEquals(header(before, "ETag"), header(after, "ETag"));
            assertTrue(text(s.get("/doc/country/canada.html")).contains("Kanada"));
        }
    }

    @Test
    void withTheCacheOffEveryRequestIsRenderedAndAnswersTheSame() {
        try (TestServer cached = paged(10);
                TestServer fresh = new TestServer(Path.of("data"), BASE, null,
                        new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10)), new PageOptions(10, 0))) {
            for (String path : List.of("/doc/country/canada.ttl?page=2", "/doc/country/canada.html", "/doc/concept/climate-change.jsonld")) {
                cached.get(path);
                HttpResponse<byte[]> a = cached.get(path);
                HttpResponse<byte[]> b = fresh.get(path);
                assertNotNull(header(a, "ETag"));
                assertEquals(header(a, "ETag"), header(b, "ETag"), path);
            }
            assertNull(header(fresh.get("/doc/country/canada.ttl?page=500"), "ETag"));
        }
    }

    /** Statement graphs Canada is in, plus resources pointing to it from other graphs (mentions, link records). */
    private static long groups(DatasetGraph page) {
        Set<Node> keys = new HashSet<>();
        page.find(Node.ANY, CANADA, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().getURI().startsWith(BASE + "id/statement/"))
                keys.add(q.getGraph());
        });
        page.find(Node.ANY, Node.ANY, Node.ANY, CANADA).forEachRemaining(q -> {
            if (!q.isDefaultGraph())
                keys.add(q.getGraph().getURI().startsWith(BASE + "id/statement/") ? q.getGraph() : q.getSubject());
        });
        return keys.size();
    }

    private static DatasetGraph parse(byte[] body, Lang lang) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(d);
        return d;
    }
}
