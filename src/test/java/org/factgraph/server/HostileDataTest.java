package org.factgraph.server;

import static org.factgraph.server.TestServer.header;
import static org.factgraph.server.TestServer.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.factgraph.vocab.Foaf;
import org.factgraph.vocab.Rdfs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny data directory whose label, description and source text carry markup, served under a base with a path
 * and another host ({@code https://example.org/fg/}): everything renders escaped, and IRIs map by path.
 */
class HostileDataTest {
    static final String BASE = "https://example.org/fg/";
    static final String EVIL = "<script>alert(1)</script>";
    static TestServer s;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws IOException {
        Path data = tmp.resolve("data");
        Path doc = Files.createDirectories(data.resolve("documents/evil-sheet"));
        Files.writeString(data.resolve("entities.yaml"), """
                entities:
                  - id: organization/publisher
                    type: schema:Organization
                    label: "Publisher & Sons"
                  - id: country/evil
                    type: schema:Country
                    label: "<script>alert(1)</script>"
                    description: "A \\"quoted\\" </script><img src=x onerror=alert(2)> description"
                    mentions: ["Evilland"]
                """);
        Files.writeString(doc.resolve("source.txt"),
                "Evilland <script>alert(1)</script> is a country. Evilland is allied with Publisher land.\n");
        Files.writeString(doc.resolve("document.yaml"), """
                id: evil-sheet
                title: "Sheet <b>bold</b>"
                publisher: organization/publisher
                date: "2022-10"
                language: en
                license: "https://creativecommons.org/publicdomain/mark/1.0/"
                source: source.txt
                """);
        Files.writeString(doc.resolve("statements.yaml"), """
                statements:
                  - id: evil-allied
                    quote: "Evilland is allied with Publisher land"
                    subject: country/evil
                    facts:
                      fg:alliedWith: organization/publisher
                      schema:description: {text: "</script><script>alert(3)</script>"}
                """);
        s = new TestServer(data, BASE, null);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void labelsAndLiteralsRenderEscaped() {
        HttpResponse<byte[]> r = s.get("/doc/country/evil.html");
        assertEquals(200, r.statusCode());
        String html = text(r);
        assertFalse(html.contains(EVIL), "raw script from the label");
        assertFalse(html.contains("<img src=x"), "raw markup from the description");
        assertFalse(html.contains("<script>alert(3)"), "raw markup from a fact");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "label shown escaped");
        assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · factgraph</title>"));
        // The only script element is the JSON-LD one, and nothing in it closes it early.
        int scripts = html.split("<script", -1).length - 1;
        assertEquals(1, scripts, html);
        int start = html.indexOf("<script type=\"application/ld+json\">");
        int end = html.indexOf("</script>", start);
        String json = html.substring(start + "<script type=\"application/ld+json\">".length(), end);
        assertFalse(json.contains("</"));
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(json, Lang.JSONLD).parse(d);
        assertTrue(d.contains(Node.ANY, NodeFactory.createURI(BASE + "id/country/evil"), Rdfs.LABEL,
                NodeFactory.createLiteralLang(EVIL, "en")), "the JSON-LD still carries the exact label");
    }

    @Test
    void otherPagesEscapeToo() {
        for (String path : new String[] {"/", "/source/evil-sheet", "/doc/organization/publisher.html",
                "/doc/document/evil-sheet.html", "/sparql?query=" + Urls.param("SELECT ?l WHERE { ?s ?p ?l }")}) {
            HttpResponse<byte[]> r = s.get(path);
            assertEquals(200, r.statusCode(), path);
            String html = text(r);
            assertFalse(html.contains(EVIL), path);
            assertFalse(html.contains("<b>bold</b>"), path);
            assertFalse(html.contains("<img src=x"), path);
        }
        assertTrue(text(s.get("/source/evil-sheet")).contains("&lt;script&gt;alert(1)&lt;/script&gt; is a country."));
    }

    @Test
    void iriMapToTheConfiguredBaseByPath() {
        HttpResponse<byte[]> r = s.get("/id/country/evil", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/country/evil.ttl", header(r, "Location"));
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(text(s.get("/doc/country/evil.ttl")), Lang.TURTLE).parse(d);
        assertTrue(d.contains(Node.ANY, NodeFactory.createURI(BASE + "doc/country/evil.ttl"), Foaf.PRIMARY_TOPIC,
                NodeFactory.createURI(BASE + "id/country/evil")));
        assertTrue(text(s.get("/sitemap.xml")).contains("<loc>https://example.org/fg/doc/country/evil.html</loc>"));
        assertTrue(text(s.get("/doc/country/evil.html")).contains("href=\"/doc/organization/publisher.html\""));
    }
}
