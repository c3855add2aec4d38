package org.factgraph.server;

import static org.factgraph.server.TestServer.header;
import static org.factgraph.server.TestServer.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dumps of data too large to hold in memory (here: any data, the limit lowered to 0 triples) are written from the
 * store as they are sent: the same triples and quads as the store, no triple twice, a weak ETag that changes with
 * the data, and no JSON-LD.
 */
class StreamedDumpsTest {
    static TestServer s;
    static String limit;

    @BeforeAll
    static void start() {
        limit = System.getProperty(Metadata.IN_MEMORY_PROPERTY);
        System.setProperty(Metadata.IN_MEMORY_PROPERTY, "0");
        s = new TestServer(Path.of("data"), "http://localhost:3030/", null);
        s.store.replace(served());
    }

    /** The seed with one of its triples stated again in another graph: the triple dumps must hold it once. */
    static DatasetGraph served() {
        DatasetGraph d = DatasetGraphFactory.create();
        org.factgraph.SeedGraph.built().dataset().find().forEachRemaining(d::add);
        Quad any = d.find().next();
        d.add(NodeFactory.createURI("urn:test:copy"), any.getSubject(), any.getPredicate(), any.getObject());
        return d;
    }

    @AfterAll
    static void stop() {
        s.close();
        if (limit == null)
            System.clearProperty(Metadata.IN_MEMORY_PROPERTY);
        else
            System.setProperty(Metadata.IN_MEMORY_PROPERTY, limit);
    }

    @ParameterizedTest
    @CsvSource({"nt,N-TRIPLES", "ttl,TURTLE", "rdf,RDF/XML"})
    void tripleDumpsHoldTheStoresTriplesOnce(String ext, String lang) throws IOException {
        Set<Triple> expected = Txn.calculateRead(s.store.dataset(), () -> {
            Set<Triple> t = new HashSet<>();
            s.store.dataset().getUnionGraph().find().forEachRemaining(t::add);
            return t;
        });
        for (byte[] body : bodies(ext)) {
            DatasetGraph d = parse(body, lang);
            Set<Triple> got = new HashSet<>();
            d.getDefaultGraph().find().forEachRemaining(got::add);
            assertEquals(expected, got, ext);
        }
        String nt = new String(bodies("nt")[0], StandardCharsets.UTF_8);
        assertEquals(expected.size(), nt.lines().filter(l -> !l.isBlank()).count(), "a triple was written twice");
    }

    @ParameterizedTest
    @CsvSource({"nq,N-QUADS", "trig,TRIG"})
    void quadDumpsHoldTheStoresQuads(String ext, String lang) throws IOException {
        Set<Quad> expected = Txn.calculateRead(s.store.dataset(), () -> {
            Set<Quad> q = new HashSet<>();
            s.store.dataset().find().forEachRemaining(q::add);
            return q;
        });
        for (byte[] body : bodies(ext)) {
            Set<Quad> got = new HashSet<>();
            parse(body, lang).find().forEachRemaining(got::add);
            assertEquals(expected, got, ext);
        }
    }

    @Test
    void jsonLdIsNotOfferedAndSaysWhatIs() {
        HttpResponse<byte[]> r = s.get("/dumps/factgraph.jsonld");
        assertEquals(404, r.statusCode());
        assertTrue(text(r).contains("/dumps/factgraph.trig"), text(r));
    }

    @Test
    void theWeakEtagAnswersConditionalRequestsAndChangesWithTheData() {
        HttpResponse<byte[]> r = s.get("/dumps/factgraph.nt");
        String etag = header(r, "ETag");
        assertTrue(etag.startsWith("W/\""), etag);
        assertEquals(304, s.get("/dumps/factgraph.nt", "If-None-Match", etag).statusCode());
        HttpResponse<byte[]> head = s.head("/dumps/factgraph.nt");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertTrue(header(head, "Content-Length") == null || !header(head, "Content-Length").equals("0"),
                "HEAD claimed an empty dump");

        DatasetGraph one = DatasetGraphFactory.create();
        one.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString("o"));
        try {
            s.store.replace(one);
            HttpResponse<byte[]> after = s.get("/dumps/factgraph.nt", "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "the old ETag still matched after the data changed");
            assertNotEquals(etag, header(after, "ETag"));
            assertEquals(1, parse(after.body(), "N-TRIPLES").getDefaultGraph().size());
        } finally {
            s.store.replace(served());
        }
    }

    /** The plain dump and the gzipped one, unzipped. */
    private static byte[][] bodies(String ext) throws IOException {
        HttpResponse<byte[]> plain = s.get("/dumps/factgraph." + ext);
        assertEquals(200, plain.statusCode(), ext);
        HttpResponse<byte[]> gz = s.get("/dumps/factgraph." + ext + ".gz");
        assertEquals(200, gz.statusCode(), ext + ".gz");
        assertEquals("application/gzip", header(gz, "Content-Type"));
        return new byte[][] {plain.body(), new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes()};
    }

    private static DatasetGraph parse(byte[] body, String lang) {
        DatasetGraph d = DatasetGraphFactory.create();
        Lang l = org.apache.jena.riot.RDFLanguages.nameToLang(lang);
        RDFParser.source(new ByteArrayInputStream(body)).lang(l).parse(d);
        return d;
    }
}
