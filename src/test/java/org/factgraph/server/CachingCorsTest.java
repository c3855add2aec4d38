package org.factgraph.server;

import static org.factgraph.server.TestServer.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ETag, Last-Modified, 304, Cache-Control and CORS on documents, metadata and SPARQL. */
class CachingCorsTest {
    static TestServer s;

    @BeforeAll
    static void start() {
        s = new TestServer(Path.of("data"), "http://localhost:3030/", null);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/country/canada.ttl", "/doc/country/canada.html", "/doc/country/canada.jsonld",
            "/doc/country/canada.nt", "/doc/country/canada.rdf", "/", "/source/blinken-canada-2022", "/void",
            "/sitemap.xml", "/dumps/factgraph.ttl", "/dumps/factgraph.nt.gz", "/context.jsonld", "/ns", "/style.css"})
    void everyDocumentIsCacheableAndRevalidates(String path) {
        HttpResponse<byte[]> r = s.get(path);
        assertEquals(200, r.statusCode(), path);
        String etag = header(r, "ETag");
        String lastModified = header(r, "Last-Modified");
        assertNotNull(etag, path);
        assertNotNull(lastModified, path);
        assertTrue(header(r, "Cache-Control").contains("max-age="), path);
        assertEquals("*", header(r, "Access-Control-Allow-Origin"), path);

        HttpResponse<byte[]> again = s.get(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode(), path);
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"));
        assertEquals(304, s.get(path, "If-None-Match", "\"nope\", " + etag).statusCode());
        assertEquals(304, s.get(path, "If-None-Match", "W/" + etag).statusCode());
        assertEquals(200, s.get(path, "If-None-Match", "\"nope\"").statusCode());
        assertEquals(304, s.get(path, "If-Modified-Since", lastModified).statusCode());
        String past = ZonedDateTime.now(ZoneOffset.UTC).minusYears(1).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        assertEquals(200, s.get(path, "If-Modified-Since", past).statusCode());
        assertEquals(304, s.head(path, "If-None-Match", etag).statusCode());
    }

    @Test
    void variantsHaveDifferentEtags() {
        assertNotEquals(header(s.get("/doc/country/canada.ttl"), "ETag"), header(s.get("/doc/country/canada.nt"), "ETag"));
        assertEquals(header(s.get("/doc/country/canada.ttl"), "ETag"), header(s.get("/doc/country/canada.ttl"), "ETag"));
    }

    @Test
    void redirectsAndErrorsCarryCors() {
        HttpResponse<byte[]> r = s.get("/id/country/canada", "Origin", "https://example.org");
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        assertTrue(header(r, "Cache-Control").contains("max-age="));
        assertEquals("*", header(s.get("/id/country/atlantis"), "Access-Control-Allow-Origin"));
    }

    @Test
    void sparqlEndpointIsOpenToAllOrigins() {
        HttpResponse<byte[]> r = s.get("/factgraph/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "Origin", "https://example.org",
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        assertTrue(TestServer.text(r).contains("true"));
        HttpResponse<byte[]> pre = s.send("OPTIONS", "/factgraph/sparql", "Origin", "https://example.org",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertTrue(pre.statusCode() == 200 || pre.statusCode() == 204);
        assertEquals("*", header(pre, "Access-Control-Allow-Origin"));
        assertTrue(header(pre, "Access-Control-Allow-Methods").contains("POST"));
    }

    @Test
    void contextIsServedWithCors() {
        HttpResponse<byte[]> r = s.get("/context.jsonld", "Origin", "https://example.org");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/ld+json"));
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
    }
}
