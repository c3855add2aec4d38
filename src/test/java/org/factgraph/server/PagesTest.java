package org.factgraph.server;

import static org.factgraph.server.TestServer.header;
import static org.factgraph.server.TestServer.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.factgraph.vocab.Foaf;
import org.factgraph.vocab.Rdfs;
import org.factgraph.vocab.VoidVocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HTML pages, source view, home page, SPARQL form, shipped queries, crawler metadata, dumps and path safety. */
class PagesTest {
    static TestServer s;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws IOException {
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("countries.rq"), """
                # Which countries does the fact sheet name?
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <http://schema.org/>
                SELECT ?country ?label WHERE { ?country a schema:Country ; rdfs:label ?label } ORDER BY ?label
                """);
        s = new TestServer(Path.of("data"), "http://localhost:3030/", queries);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String page(String path) {
        HttpResponse<byte[]> r = s.get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(header(r, "Content-Type").startsWith("text/html"), path);
        return text(r);
    }

    @Test
    void entityPageReadsAsSentencesWithLinksAndSources() {
        String html = page("/doc/relationship/us-canada-trade.html");
        assertTrue(html.contains("<h1>U.S.-Canada trade</h1>"));
        assertTrue(html.contains("more than USD 2 billion per day"), "amount written out");
        assertTrue(html.contains("more than CAD 2.6 billion per day"));
        assertTrue(html.contains("href=\"/doc/country/canada.html\">Canada</a>"), "links to other entities");
        assertTrue(html.contains("href=\"/source/blinken-canada-2022#char=1145,1324\""), "link to source sentence");
        assertTrue(html.contains("enjoy more than USD 2 billion (CAD 2.6 billion) a day in trade"), "source sentence text");
        assertTrue(html.contains("trade relationship"), "type label from the ontology");
        for (String ext : new String[] {"ttl", "jsonld", "nt", "rdf"})
            assertTrue(html.contains("<link rel=\"alternate\" type=\""), ext);
        assertTrue(html.contains("href=\"/doc/relationship/us-canada-trade.ttl\""));
    }

    @Test
    void datesAndIncomingFactsAndExternalLinks() {
        String event = page("/doc/event/secretary-blinken-travel-to-canada-2022.html");
        assertTrue(event.contains("27\u201328 October 2022"), "date range");
        String canada = page("/doc/country/canada.html");
        assertTrue(canada.contains("href=\"/doc/relationship/us-canada-trade.html\""), "incoming fact links its subject");
        assertTrue(canada.contains("href=\"http://www.wikidata.org/entity/Q16\""), "external link");
        assertTrue(canada.contains("GeoNames 6251999"));
        assertTrue(canada.contains("href=\"/source/blinken-canada-2022#char=1167,1173\">Canada</a>"), "mentions link into the text");
        String document = page("/doc/document/blinken-canada-2022.html");
        assertTrue(document.contains("href=\"/source/blinken-canada-2022\""), "document page links its text");
        assertTrue(document.contains("href=\"/doc/statement/blinken-canada-2022/daily-trade.html\""), "statements citing it");
        assertTrue(document.contains(">https://www.state.gov/u-s-canada-relations-friends-partners-allies/</a>"), "outside IRI shown as is");
    }

    @Test
    void entityPageEmbedsItsJsonLd() {
        String html = page("/doc/country/canada.html");
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(m.group(1), Lang.JSONLD).parse(d);
        Node canada = NodeFactory.createURI("http://localhost:3030/id/country/canada");
        assertTrue(d.contains(Node.ANY, Node.ANY, Foaf.PRIMARY_TOPIC, canada));
        assertTrue(d.contains(Node.ANY, canada, Rdfs.LABEL, NodeFactory.createLiteralLang("Canada", "en")));
    }

    @Test
    void sourceViewHighlightsEvidenceAndMentions() {
        String html = page("/source/blinken-canada-2022");
        assertTrue(html.contains("id=\"char=1145,1324\" class=\"sentence evidence\""), "evidence sentence anchored");
        assertTrue(html.contains("class=\"mention\""));
        assertTrue(html.contains("href=\"/doc/country/canada.html\""), "mentions link to entities");
        assertTrue(html.contains("href=\"/doc/statement/blinken-canada-2022/daily-trade.html\""), "evidence links to statement");
        assertTrue(html.contains("An official website of the United States Government"), "whole text shown");
        assertEquals(404, s.get("/source/no-such-sheet").statusCode());
    }

    @Test
    void homePageShowsCountsTypesQueriesDumpsAndPicture() {
        String html = page("/");
        var facts = org.factgraph.SeedGraph.built().facts();
        assertTrue(html.contains(facts.entities().size() + "</strong> entities"));
        assertTrue(html.contains(facts.statementCount() + "</strong> statements"));
        assertTrue(html.contains("<h3>country (9)</h3>") || html.contains(">country (9)<"), "grouped by type");
        assertTrue(html.contains("<svg") && html.contains("<circle") && html.contains("<line"), "inline SVG picture");
        assertFalse(html.contains("<script"), "no script on the home page");
        assertTrue(html.contains("Which countries does the fact sheet name?"));
        assertTrue(html.contains("href=\"/queries/countries\""));
        assertTrue(html.contains("href=\"/queries/countries?format=csv\""));
        assertTrue(html.contains("href=\"/dumps/factgraph.ttl.gz\""));
        assertTrue(html.contains("href=\"/sparql\""));
    }

    @Test
    void shippedQueriesRunInOneClick() {
        String html = page("/queries/countries");
        assertTrue(html.contains("<table>") && html.contains(">Canada</td>"));
        assertTrue(html.contains("href=\"/doc/country/canada.html\""));
        HttpResponse<byte[]> csv = s.get("/queries/countries?format=csv");
        assertTrue(header(csv, "Content-Type").startsWith("text/csv"));
        assertTrue(text(csv).startsWith("country,label"));
        HttpResponse<byte[]> json = s.get("/queries/countries?format=json");
        assertTrue(header(json, "Content-Type").startsWith("application/sparql-results+json"));
        assertTrue(text(json).contains("\"Canada\""));
        assertEquals(404, s.get("/queries/nope").statusCode());
    }

    @Test
    void sparqlForm() {
        assertTrue(page("/sparql").contains("<textarea"));
        String html = page("/sparql?query=" + Urls.param("SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 3"));
        assertTrue(html.contains("3 rows"));
        HttpResponse<byte[]> bad = s.get("/sparql?query=" + Urls.param("SELECT <script>"));
        assertEquals(400, bad.statusCode());
        assertFalse(text(bad).contains("<script>"));
    }

    @ParameterizedTest
    @CsvSource({"/void,text/turtle", "/.well-known/void,text/turtle"})
    void voidDescription(String path, String type) {
        HttpResponse<byte[]> r = s.get(path, "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith(type));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(g);
        assertTrue(g.contains(Node.ANY, VoidVocab.SPARQL_ENDPOINT, Node.ANY));
        HttpResponse<byte[]> j = s.get(path, "Accept", "application/ld+json");
        assertTrue(header(j, "Content-Type").startsWith("application/ld+json"));
        Graph gj = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(j.body())).lang(Lang.JSONLD).parse(gj);
        assertEquals(g.size(), gj.size());
        assertTrue(header(s.get(path, "Accept", "*/*"), "Content-Type").startsWith("text/turtle"));
        assertEquals(406, s.get(path, "Accept", "image/png").statusCode());
    }

    @Test
    void sitemapListsEveryEntityPage() {
        HttpResponse<byte[]> r = s.get("/sitemap.xml");
        assertTrue(header(r, "Content-Type").startsWith("application/xml"));
        String xml = text(r);
        assertEquals(org.factgraph.SeedGraph.built().facts().entities().size(),
                xml.split("<loc>http://localhost:3030/doc/", -1).length - 1);
        assertTrue(xml.contains("<loc>http://localhost:3030/doc/country/canada.html</loc>"));
        assertTrue(text(s.get("/robots.txt")).contains("Sitemap: http://localhost:3030/sitemap.xml"));
    }

    @ParameterizedTest
    @CsvSource({"ttl,text/turtle,TTL", "jsonld,application/ld+json,JSONLD", "nt,application/n-triples,NT",
            "rdf,application/rdf+xml,RDFXML", "trig,application/trig,TRIG", "nq,application/n-quads,NQ"})
    void dumpsPlainAndGzipped(String ext, String type, String lang) throws IOException {
        HttpResponse<byte[]> plain = s.get("/dumps/factgraph." + ext);
        assertEquals(200, plain.statusCode());
        assertTrue(header(plain, "Content-Type").startsWith(type));
        HttpResponse<byte[]> gz = s.get("/dumps/factgraph." + ext + ".gz");
        assertEquals(200, gz.statusCode());
        assertEquals("application/gzip", header(gz, "Content-Type"));
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
        assertEquals(plain.body().length, unzipped.length);
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(unzipped)).lang(org.apache.jena.riot.RDFLanguages.shortnameToLang(lang)).parse(d);
        long n = d.stream().count();
        assertTrue(n >= 1300, ext + ": " + n);
        assertEquals(404, s.get("/dumps/factgraph." + ext + ".zip").statusCode());
    }

    @Test
    void contextAndOntology() {
        HttpResponse<byte[]> ns = s.get("/ns");
        assertTrue(header(ns, "Content-Type").startsWith("text/turtle"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ns.body())).lang(Lang.TURTLE).parse(g);
        assertTrue(g.size() > 50);
        assertTrue(text(s.get("/context.jsonld")).contains("\"@context\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/../../etc/passwd", "/doc/%2e%2e/%2e%2e/etc/passwd", "/dumps/../pom.xml",
            "/dumps/%2e%2e/pom.xml", "/dumps/..%2fpom.xml", "/dumps/%2E%2E%2Fpom.xml", "/source/..%2f..%2fpom.xml",
            "/style.css/../../pom.xml", "/id/country/%2e%2e/%2e%2e/pom", "/context.jsonld%2f..%2f..%2fpom.xml",
            "/ns/../../../etc/passwd", "/queries/..%2f..%2fpom", "/dumps/factgraph.ttl%00.gz", "/doc/country/canada.ttl/..",
            "/..", "/%2e%2e/%2e%2e/etc/passwd", "/dumps/%252e%252e/pom.xml"})
    void pathTraversalIsRefused(String path) {
        int status = s.get(path).statusCode();
        assertTrue(status == 400 || status == 404, path + " -> " + status);
        assertFalse(text(s.get(path)).contains("<modelVersion>"));
        assertFalse(text(s.get(path)).contains("root:"));
    }
}
