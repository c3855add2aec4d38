package org.factgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.factgraph.publish.Builder;
import org.factgraph.publish.BuiltGraph;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.store.TdbStore;
import org.factgraph.testing.TestDirs;
import org.factgraph.validate.OntologyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published graph in a TDB2 store on disk, served by the embedded Fuseki and queried over real HTTP. */
class ServeOverHttpTest {
    private static final String FG = "https://w3id.org/factgraph/ns#";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Builder builder = new Builder(OntologyFiles.in(TestDirs.ONTOLOGY), Clock.systemUTC());

    @TempDir
    Path storeDir;
    private BuiltGraph built;
    private TdbStore store;
    private FactServer server;

    @BeforeEach
    void serve() {
        built = builder.convert(TestDirs.REAL_DATA, IriPolicy.DEFAULT_BASE);
        store = TdbStore.open(storeDir.resolve("tdb2"));
        store.replace(built.dataset());
        server = FactServer.start(store.dataset(), new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void sparqlCountsEveryStatement() throws Exception {
        int statements = built.facts().documents().stream().mapToInt(d -> d.statements().size()).sum();
        assertEquals(37, statements, "the seed data has 37 statements");
        assertEquals(statements, count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + FG + "Statement> }"));
    }

    @Test
    void theStoreHoldsExactlyTheBuiltQuads() {
        assertSameQuads(quads(built.dataset()), quads(store.dataset()));
        assertEquals(built.dataset().stream().count(), store.size());
    }

    @Test
    void graphStoreReadReturnsAStatementGraph() throws Exception {
        var document = built.facts().documents().get(0);
        String statement = built.iris().statement(document, document.statements().get(0)).getURI();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "factgraph/get?graph="
                + URLEncoder.encode(statement, StandardCharsets.UTF_8))).header("Accept", "text/turtle").GET());
        assertEquals(200, r.statusCode(), r.body());
        Graph served = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(served);
        Graph expected = Txn.calculateRead(built.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            built.dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI(statement)).find().forEachRemaining(g::add);
            return g;
        });
        assertTrue(expected.size() > 0, "the statement graph holds facts");
        assertTrue(served.isIsomorphicWith(expected), "GSP read differs from the built statement graph");
    }

    @Test
    void writesAreRefused() throws Exception {
        long before = store.size();
        String insert = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        String turtle = "<urn:x:s> <urn:x:p> 1 .";
        int viaUpdate = RawHttp.status("POST", URI.create(server.baseUrl() + "factgraph/update"), "application/sparql-update", insert);
        int viaSparql = RawHttp.status("POST", URI.create(server.baseUrl() + "factgraph/sparql"), "application/sparql-update", insert);
        int viaDataset = RawHttp.status("POST", URI.create(server.baseUrl() + "factgraph"), "application/sparql-update", insert);
        int gspPut = RawHttp.status("PUT", URI.create(server.baseUrl() + "factgraph/get?graph=urn:x:g"), "text/turtle", turtle);
        int gspPutDataset = RawHttp.status("PUT", URI.create(server.baseUrl() + "factgraph?graph=urn:x:g"), "text/turtle", turtle);
        int gspDelete = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "factgraph/get?graph="
                + URLEncoder.encode(IriPolicy.DEFAULT_BASE + "graph/entities", StandardCharsets.UTF_8))).DELETE())
                .statusCode();
        for (int status : new int[] {viaUpdate, viaSparql, viaDataset, gspPut, gspPutDataset, gspDelete})
            assertTrue(status >= 400 && status < 500, "a write was answered " + status);
        assertEquals(before, store.size(), "the store changed");
    }

    @Test
    void aSecondReplaceSwapsTheContent() throws Exception {
        BuiltGraph minimal = builder.convert(TestDirs.MINIMAL_DATA, IriPolicy.DEFAULT_BASE);
        store.replace(minimal.dataset());
        assertSameQuads(quads(minimal.dataset()), quads(store.dataset()));
        assertEquals(3, count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + FG + "Statement> }"),
                "the server sees the new content");
    }

    private long count(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").GET());
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSameQuads(Set<Quad> expected, Set<Quad> actual) {
        Set<Quad> missing = new HashSet<>(expected), extra = new HashSet<>(actual);
        missing.removeAll(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), missing.size() + " quads missing, e.g. "
                + missing.stream().limit(3).toList() + "; " + extra.size() + " unexpected, e.g. " + extra.stream().limit(3).toList());
    }

    /** An xsd:decimal in the canonical form of XML Schema 1.1 ("30" as "30.0"); other nodes as they are. */
    private static org.apache.jena.graph.Node canonical(org.apache.jena.graph.Node n) {
        if (!n.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(n.getLiteralDatatypeURI()))
            return n;
        String plain = new java.math.BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
    }

    /**
     * The quads in named graphs, literals in canonical form: TDB2 stores numbers by value and gives a decimal back
     * canonically ("2000000000" as "2000000000.0"), the same value in another spelling.
     */
    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph())
                    out.add(new Quad(q.getGraph(), q.getSubject(), q.getPredicate(),
                            canonical(q.getObject())));
            });
            return out;
        });
    }
}
