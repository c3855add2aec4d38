package org.factgraph.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away Virtuoso Open Source server: a fresh database in a directory, on free ports, user dba with password
 * dba. Graph Store Protocol with digest authentication at {@code /sparql-graph-crud-auth}, queries at {@code /sparql}.
 */
public final class Virtuoso implements AutoCloseable {
    public static final String BINARY = "virtuoso-t";

    private final Process process;
    private final Path dir;
    private final int httpPort;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The server binary on the PATH, if installed. */
    public static Optional<Path> binary() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d).resolve(BINARY);
            if (!d.isEmpty() && Files.isExecutable(p))
                return Optional.of(p);
        }
        return Optional.empty();
    }

    public Virtuoso(Path binary, Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        this.httpPort = freePort();
        int sqlPort = freePort();
        Files.writeString(dir.resolve("virtuoso.ini"), """
                [Database]
                DatabaseFile = virtuoso.db
                ErrorLogFile = virtuoso.log
                LockFile = virtuoso.lck
                TransactionFile = virtuoso.trx
                xa_persistent_file = virtuoso.pxa
                Striping = 0
                TempStorage = TempDatabase
                [TempDatabase]
                DatabaseFile = virtuoso-temp.db
                TransactionFile = virtuoso-temp.trx
                Striping = 0
                [Parameters]
                ServerPort = %d
                DisableUnixSocket = 1
                MaxClientConnections = 5
                CheckpointInterval = 0
                DirsAllowed = .
                NumberOfBuffers = 2000
                MaxDirtyBuffers = 1200
                ThreadsPerQuery = 1
                MaxQueryMem = 100M
                [HTTPServer]
                ServerPort = %d
                ServerRoot = .
                MaxClientConnections = 5
                ServerThreads = 5
                EnabledDavVSP = 0
                Charset = UTF-8
                """.formatted(sqlPort, httpPort));
        process = new ProcessBuilder(binary.toString(), "+foreground", "+configfile", "virtuoso.ini")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile())
                .start();
        awaitOnline(Duration.ofSeconds(90));
    }

    public String base() {
        return "http://localhost:" + httpPort;
    }

    public String gspEndpoint() {
        return base() + "/sparql-graph-crud-auth";
    }

    /** The single number a query like {@code SELECT (COUNT(*) AS ?n) ...} returns. */
    public long count(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new IOException("Virtuoso answered " + r.statusCode() + ": " + r.body());
        String[] lines = r.body().strip().split("\\R");
        return Long.parseLong(lines[lines.length - 1].replace("\"", "").strip());
    }

    private void awaitOnline(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive())
                throw new IOException("virtuoso-t exited with " + process.exitValue() + ": " + log());
            try {
                // online once SPARQL answers and the authenticated Graph Store endpoint challenges (401)
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query=ASK%7B%7D")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && http.send(HttpRequest.newBuilder(URI.create(gspEndpoint() + "?graph=urn:x:ready")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 401)
                    return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IOException("virtuoso-t did not come online within " + limit + ": " + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("console.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
