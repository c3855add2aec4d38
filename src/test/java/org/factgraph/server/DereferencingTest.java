package org.factgraph.server;

import static org.factgraph.server.TestServer.header;
import static org.factgraph.server.TestServer.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.factgraph.vocab.Fg;
import org.factgraph.vocab.Foaf;
import org.factgraph.vocab.Nif;
import org.factgraph.vocab.Owl;
import org.factgraph.vocab.Prov;
import org.factgraph.vocab.Rdfs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dereferencing over real HTTP: 303 + conneg, document formats, 404/406, base mapping, HEAD. */
class DereferencingTest {
    static TestServer s;
    static final String BASE = "http://localhost:3030/";
    static final Node CANADA = NodeFactory.createURI(BASE + "id/country/canada");

    @BeforeAll
    static void start() {
        s = new TestServer(Path.of("data"), BASE, null);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "text/html | html",
            "application/xhtml+xml | html",
            "text/turtle | ttl",
            "application/x-turtle | ttl",
            "application/ld+json | jsonld",
            "application/json | jsonld",
            "application/n-triples | nt",
            "application/rdf+xml | rdf",
            "application/trig | trig",
            "application/n-quads | nq",
            "*/* | html",
            "NONE | html",
            BROWSER + " | html",
            "text/turtle;q=0.5, application/ld+json;q=0.9 | jsonld",
            "application/rdf+xml;q=0.1, text/turtle;q=0.2 | ttl",
            "text/html;q=0, */*;q=0.5 | ttl",
            "text/turtle, */*;q=0.1 | ttl",
            "application/ld+json, text/html;q=0.9 | jsonld",
            "text/* | html",
            "application/*;q=0.8, text/html;q=0.2 | jsonld",
    })
    void seeOtherByAccept(String accept, String ext) {
        HttpResponse<byte[]> r = accept == null ? s.get("/id/country/canada") : s.get("/id/country/canada", "Accept", accept);
        assertEquals(303, r.statusCode());
        assertEquals("/doc/country/canada." + ext, header(r, "Location"));
        assertTrue(header(r, "Vary").contains("Accept"));
        assertTrue(header(r, "Location").chars().allMatch(c -> c < 128));
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "text/html;q=0", "application/pdf, image/*"})
    void notAcceptable(String accept) {
        HttpResponse<byte[]> r = s.get("/id/country/canada", "Accept", accept);
        assertEquals(406, r.statusCode());
        assertTrue(header(r, "Vary").contains("Accept"));
    }

    @ParameterizedTest
    @CsvSource({"ttl,ttl", "turtle,ttl", "jsonld,jsonld", "nt,nt", "ntriples,nt", "rdf,rdf", "rdfxml,rdf", "html,html"})
    void formatParameterOverridesAccept(String format, String ext) {
        HttpResponse<byte[]> r = s.get("/id/country/canada?format=" + format, "Accept", "text/html");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/country/canada." + ext, header(r, "Location"));
    }

    @Test
    void unknownFormatParameterIs400() {
        assertEquals(400, s.get("/id/country/canada?format=docx").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"ttl,text/turtle", "jsonld,application/ld+json", "nt,application/n-triples", "rdf,application/rdf+xml",
            "trig,application/trig", "nq,application/n-quads", "html,text/html"})
    void documentsInEveryFormat(String ext, String mediaType) {
        for (String prefix : new String[] {"/doc/", "/id/"}) {
            HttpResponse<byte[]> r = s.get(prefix + "country/canada." + ext);
            assertEquals(200, r.statusCode(), prefix + ext);
            assertTrue(header(r, "Content-Type").startsWith(mediaType), header(r, "Content-Type"));
            assertTrue(r.body().length > 100);
        }
    }

    @Test
    void formatParameterOnDocumentServesDirectly() {
        HttpResponse<byte[]> r = s.get("/doc/country/canada.html?format=ttl");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"));
    }

    @Test
    void genericDocumentIsNegotiatedWithContentLocation() {
        HttpResponse<byte[]> r = s.get("/doc/country/canada", "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/n-triples"));
        assertEquals("/doc/country/canada.nt", header(r, "Content-Location"));
        assertTrue(header(r, "Vary").contains("Accept"));
        assertEquals(406, s.get("/doc/country/canada", "Accept", "image/png").statusCode());
    }

    static Lang lang(String ext) {
        return switch (ext) {
            case "ttl" -> Lang.TURTLE;
            case "jsonld" -> Lang.JSONLD;
            case "nt" -> Lang.NTRIPLES;
            case "rdf" -> Lang.RDFXML;
            case "trig" -> Lang.TRIG;
            default -> Lang.NQUADS;
        };
    }

    static DatasetGraph parse(HttpResponse<byte[]> r, String ext) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang(ext)).parse(d);
        return d;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "jsonld", "nt", "rdf", "trig", "nq"})
    void rdfDocumentHasTopicFactsBothWaysAndProvenance(String ext) {
        DatasetGraph d = parse(s.get("/doc/country/canada." + ext), ext);
        Node doc = NodeFactory.createURI(BASE + "doc/country/canada." + ext);
        assertTrue(d.contains(Node.ANY, doc, Foaf.PRIMARY_TOPIC, CANADA), "primaryTopic");
        assertTrue(d.contains(Node.ANY, CANADA, Rdfs.LABEL, Node.ANY), "label");
        assertTrue(d.contains(Node.ANY, CANADA, Owl.SAME_AS, NodeFactory.createURI("http://www.wikidata.org/entity/Q16")), "sameAs");
        Node trade = NodeFactory.createURI(BASE + "id/relationship/us-canada-trade");
        assertTrue(d.contains(Node.ANY, trade, Fg.PARTY, CANADA), "incoming fact");
        assertTrue(d.contains(Node.ANY, NodeFactory.createURI(BASE + "id/country/united-states"), Fg.ALLIED_WITH, CANADA));
        Node statement = NodeFactory.createURI(BASE + "id/statement/blinken-canada-2022/daily-trade");
        assertTrue(d.contains(Node.ANY, statement, Prov.WAS_DERIVED_FROM, Node.ANY), "provenance record");
        Node sentence = NodeFactory.createURI(BASE + "id/document/blinken-canada-2022/text#char=1145,1324");
        assertTrue(d.contains(Node.ANY, sentence, Nif.ANCHOR_OF, Node.ANY), "source sentence");
        assertTrue(d.contains(Node.ANY, trade, Rdfs.LABEL, Node.ANY), "neighbour labels");
        if (ext.equals("trig") || ext.equals("nq") || ext.equals("jsonld"))
            assertTrue(d.contains(statement, trade, Fg.PARTY, CANADA), "fact kept in its statement graph");
    }

    @Test
    void amountsTravelWithTheFact() {
        DatasetGraph d = parse(s.get("/doc/relationship/us-canada-trade.ttl"), "ttl");
        Node value = NodeFactory.createURI(BASE + "id/statement/blinken-canada-2022/daily-trade/value-1");
        assertTrue(d.contains(Node.ANY, value, org.factgraph.vocab.Schema.CURRENCY, Node.ANY));
    }

    @Test
    void statementsAndDocumentsDereferenceToo() {
        HttpResponse<byte[]> r = s.get("/id/statement/blinken-canada-2022/daily-trade", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        DatasetGraph d = parse(s.get(header(r, "Location")), "ttl");
        assertTrue(d.contains(Node.ANY, NodeFactory.createURI(BASE + "id/relationship/us-canada-trade"), Fg.TRADE_VALUE, Node.ANY));
        assertEquals(303, s.get("/id/document/blinken-canada-2022").statusCode());
        HttpResponse<byte[]> text = s.get("/id/document/blinken-canada-2022/text");
        assertEquals(303, text.statusCode());
        assertEquals("/source/blinken-canada-2022", header(text, "Location"));
    }

    @Test
    void unknownIriIs404InEachFlavour() {
        HttpResponse<byte[]> html = s.get("/id/country/atlantis", "Accept", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
        assertTrue(text(html).contains("Not found"));
        HttpResponse<byte[]> ttl = s.get("/id/country/atlantis", "Accept", "text/turtle");
        assertEquals(404, ttl.statusCode());
        assertTrue(header(ttl, "Content-Type").startsWith("text/turtle"));
        assertTrue(parse(ttl, "ttl").isEmpty());
        HttpResponse<byte[]> jsonld = s.get("/id/country/atlantis", "Accept", "application/ld+json");
        assertEquals(404, jsonld.statusCode());
        assertTrue(parse(jsonld, "jsonld").isEmpty());
        for (String ext : new String[] {"ttl", "html", "jsonld", "nt", "rdf"}) {
            HttpResponse<byte[]> doc = s.get("/doc/country/atlantis." + ext);
            assertEquals(404, doc.statusCode(), ext);
            assertFalse(header(doc, "Content-Type").isEmpty());
        }
        assertEquals(404, s.get("/doc/country/canada.docx").statusCode());
        assertEquals(404, s.get("/id/Country/Canada").statusCode());
        assertEquals(404, s.get("/nowhere").statusCode());
    }

    @Test
    void headMirrorsGetWithoutBody() {
        HttpResponse<byte[]> get = s.get("/doc/country/canada.ttl");
        HttpResponse<byte[]> head = s.head("/doc/country/canada.ttl");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(header(get, "ETag"), header(head, "ETag"));
        assertEquals(String.valueOf(get.body().length), header(head, "Content-Length"));
        HttpResponse<byte[]> see = s.head("/id/country/canada", "Accept", "text/turtle");
        assertEquals(303, see.statusCode());
        assertEquals("/doc/country/canada.ttl", header(see, "Location"));
        assertEquals(404, s.head("/id/country/atlantis").statusCode());
        for (String p : new String[] {"/", "/source/blinken-canada-2022", "/void", "/sitemap.xml", "/dumps/factgraph.ttl",
                "/context.jsonld", "/ns", "/sparql"})
            assertEquals(200, s.head(p).statusCode(), p);
    }

    @Test
    void otherMethodsAreRefused() {
        assertEquals(405, s.send("DELETE", "/doc/country/canada.ttl").statusCode());
        assertEquals(405, s.send("POST", "/id/country/canada").statusCode());
    }

    @Test
    void documentsLinkTheirAlternates() {
        HttpResponse<byte[]> r = s.get("/doc/country/canada.ttl");
        String link = header(r, "Link");
        assertNotNull(link);
        assertTrue(link.contains("</doc/country/canada.jsonld>; rel=\"alternate\"; type=\"application/ld+json\""));
    }
}
