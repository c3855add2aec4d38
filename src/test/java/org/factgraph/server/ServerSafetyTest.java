package org.factgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import org.factgraph.SeedGraph;
import org.factgraph.store.TdbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server is safe by default: read-only, bounded queries and bodies, no admin endpoints; updates need a login. */
class ServerSafetyTest {
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }";

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private TdbStore store;
    private FactServer server;

    private FactServer start(ServerOptions options) {
        store = TdbStore.open(tmp.resolve("store"));
        store.replace(SeedGraph.built().dataset());
        server = FactServer.start(store.dataset(), options);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedByDefault() throws Exception {
        start(new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10)));
        long before = store.size();
        String turtle = "<a:s> <a:p> <a:o> .";
        int update = RawHttp.status("POST", uri("factgraph/update"), "application/sparql-update", INSERT);
        int update2 = RawHttp.status("POST", uri("factgraph/sparql"), "application/sparql-update", INSERT);
        int put = RawHttp.status("PUT", uri("factgraph/data?graph=http://example.org/g"), "text/turtle", turtle);
        int put2 = RawHttp.status("PUT", uri("factgraph/get?graph=http://example.org/g"), "text/turtle", turtle);
        for (int code : new int[] {update, update2, put, put2})
            assertTrue(code >= 400 && code < 500, "a write was not refused: HTTP " + code);
        assertEquals(before, store.size(), "the store changed");
    }

    @Test
    void noAdminEndpoints() throws Exception {
        start(new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10)));
        for (String path : new String[] {"$/datasets", "$/server", "$/stats", "$/compact/factgraph", "$/backup/factgraph"})
            assertEquals(404, send(HttpRequest.newBuilder(uri(path)).GET().build()).statusCode(), path);
    }

    @Test
    void updatesNeedALoginFromThePasswordFile() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "# who may update\neditor: s3cret\n");
        start(new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10), passwords, 100, 1 << 20));
        assertEquals(401, send(post("factgraph/update", "application/sparql-update", INSERT)).statusCode());
        HttpRequest wrong = HttpRequest.newBuilder(uri("factgraph/update")).header("Content-Type", "application/sparql-update")
                .header("Authorization", basic("editor", "guess")).POST(HttpRequest.BodyPublishers.ofString(INSERT)).build();
        assertEquals(401, send(wrong).statusCode());
        HttpRequest right = HttpRequest.newBuilder(uri("factgraph/update")).header("Content-Type", "application/sparql-update")
                .header("Authorization", basic("editor", "s3cret")).POST(HttpRequest.BodyPublishers.ofString(INSERT)).build();
        long before = store.size();
        int code = send(right).statusCode();
        assertTrue(code == 200 || code == 204, "authorized update failed: " + code);
        assertEquals(before + 1, store.size());
    }

    @Test
    void aPathologicalQueryIsStoppedWhileOthersAreAnswered() throws Exception {
        start(new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(2)));
        String cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(get(cross), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        for (int i = 0; i < 5; i++)
            assertEquals(200, send(get("ASK { ?s ?p ?o }")).statusCode(), "another client was not answered");
        HttpResponse<String> r = slow.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(r.statusCode() >= 500 || r.body().contains("timed out") || r.body().contains("Timeout"),
                "the cross product was not stopped: HTTP " + r.statusCode());
        assertTrue(seconds < 30, "the timeout did not stop the query in time: " + seconds + " s");
        assertEquals(200, send(get("ASK { ?s ?p ?o }")).statusCode(), "the server stopped answering after the timeout");
    }

    @Test
    void resultsAreCutAtTheRowLimit() throws Exception {
        start(new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10), null, 25, 1 << 20));
        assertEquals(25, rows(send(get("SELECT * WHERE { ?s ?p ?o }")).body()));
        assertEquals(3, rows(send(get("SELECT * WHERE { ?s ?p ?o } LIMIT 3")).body()), "a smaller LIMIT is kept");
        assertEquals(25, rows(send(post("factgraph/sparql", "application/sparql-query", "SELECT * WHERE { ?s ?p ?o } LIMIT 100000")).body()));
    }

    @Test
    void largeRequestBodiesAreRefused() throws Exception {
        start(new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10), null, 100, 4096));
        String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(10_000);
        assertEquals(413, send(post("factgraph/sparql", "application/sparql-query", big)).statusCode());
        assertEquals(200, send(post("factgraph/sparql", "application/sparql-query", "ASK { ?s ?p ?o }")).statusCode());
    }

    private int rows(String csv) {
        return (int) csv.lines().skip(1).filter(l -> !l.isBlank()).count();
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private HttpRequest get(String query) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build();
    }

    private HttpRequest post(String path, String type, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", type).header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }
}
