package org.factgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.factgraph.publish.Builder;
import org.factgraph.publish.BuiltGraph;
import org.factgraph.publish.VoidDescription;
import org.factgraph.store.TdbStore;
import org.factgraph.validate.OntologyFiles;

/** A real server on a free port over an in-memory TDB2 store, and an HTTP client that does not follow redirects. */
final class TestServer implements AutoCloseable {
    final FactServer server;
    final TdbStore store;
    final String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(Path data, String base, Path queries) {
        this(data, base, queries, new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10)), PageOptions.DEFAULTS);
    }

    TestServer(Path data, String base, Path queries, ServerOptions options, PageOptions pages) {
        this.base = base;
        OntologyFiles ontology = OntologyFiles.in(Path.of("ontology"));
        BuiltGraph built = new Builder(ontology, Clock.systemUTC()).convert(data, base);
        store = TdbStore.inMemory();
        store.replace(built.dataset());
        Site site = new Site(store.dataset(), base, ontology, new VoidDescription(built, LocalDate.now()).graph(), queries,
                pages);
        server = FactServer.start(store.dataset(), options, site);
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    HttpResponse<byte[]> head(String path, String... headers) {
        return send("HEAD", path, headers);
    }

    HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
