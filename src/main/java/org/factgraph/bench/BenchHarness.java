package org.factgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.factgraph.publish.Directories;

/**
 * Measures factgraph against Jena's own limits at growing scale. Each heavy stage runs in a child JVM (same java,
 * same class path) whose peak RSS ({@code VmHWM}) is read from {@code /proc}; each figure is the median of the
 * timed runs after one warm-up run, with min and max. Writes {@code report.md} and {@code results.csv}.
 */
public final class BenchHarness {
    /** Default data base IRI: the one the queries in {@code queries/} are written against. */
    static final String BASE = "http://localhost:3030/";
    static final double TRIPLES_FIXED = 380, TRIPLES_PER_DOC = 895;

    public record Options(boolean quick, List<String> sizes, Path out, int runs, Path queries, Path seedData,
            Duration httpDuration, Duration stageTimeout, Duration stageBudget, List<String> childJvmArgs,
            List<String> buildJvmArgs, long serveMaxTriples) {}

    /** One line of results.csv. */
    record Row(String stage, String size, long triples, String metric, String unit, double median, double min,
            double max, int runs, String anchor, double anchorMedian, double ratio, long peakRssKb, String note,
            long peakAnonKb) {
        Row(String stage, String size, long triples, String metric, String unit, double median, double min,
                double max, int runs, String anchor, double anchorMedian, double ratio, long peakRssKb, String note) {
            this(stage, size, triples, metric, unit, median, min, max, runs, anchor, anchorMedian, ratio, peakRssKb, note, -1);
        }
    }

    private final Options o;
    private final PrintWriter log;
    private final String serveMain;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Long> triplesBySize = new LinkedHashMap<>();
    private final String loadStart = loadavg();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code serveMain} is the main class whose {@code serve} command the harness starts in child JVMs. */
    public BenchHarness(Options options, PrintWriter log, String serveMain) {
        this.o = options;
        this.log = log;
        this.serveMain = serveMain;
    }

    /** Number of synthetic documents for a size such as {@code 10k}, {@code 1m}, {@code docs=40}; 0 for {@code seed}. */
    static int docsFor(String size) {
        String s = size.toLowerCase(Locale.ROOT);
        if (s.equals("seed"))
            return 0;
        if (s.startsWith("docs="))
            return Integer.parseInt(s.substring(5));
        double target = s.endsWith("m") ? Double.parseDouble(s.substring(0, s.length() - 1)) * 1e6
                : s.endsWith("k") ? Double.parseDouble(s.substring(0, s.length() - 1)) * 1e3 : Double.parseDouble(s);
        return Math.max(1, (int) Math.round((target - TRIPLES_FIXED) / TRIPLES_PER_DOC));
    }

    public void run() throws Exception {
        Path out = o.out().toAbsolutePath();
        Files.createDirectories(out.resolve("logs"));
        say("factgraph bench " + (o.quick() ? "--quick (1 run each, no warm-up: a smoke test, not a measurement)"
                : "(" + o.runs() + " timed runs after 1 warm-up, median [min-max])") + "; sizes " + o.sizes());
        say(machine().replace("\n", "; "));
        for (String size : o.sizes()) {
            try {
                size(size, out);
            } catch (Exception e) {
                say("  [" + size + "] FAILED: " + e);
                rows.add(new Row("error", size, triplesBySize.getOrDefault(size, -1L), "error", "", Double.NaN,
                        Double.NaN, Double.NaN, 0, "", Double.NaN, Double.NaN, -1, e.toString().replace(',', ';')));
            }
            write(out);
        }
        growth();
        write(out);
        say("Wrote " + out.resolve("report.md") + " and " + out.resolve("results.csv"));
    }

    private void size(String size, Path out) throws Exception {
        Path work = out.resolve("work").resolve(size.replace('=', '-'));
        Files.createDirectories(work);
        Path data;
        int docs = docsFor(size);
        if (docs == 0) {
            data = o.seedData();
        } else {
            data = work.resolve("data");
            long t = System.nanoTime();
            new SyntheticData(SyntheticData.DEFAULT_SEED).write(data, docs);
            say(String.format(Locale.ROOT, "[%s] generated %d documents in %.1f s", size, docs, (System.nanoTime() - t) / 1e9));
        }
        String d = data.toAbsolutePath().toString();

        // (1) build vs the RIOT floor
        Path dist = work.resolve("dist");
        Stage build = stage(size, "build", List.of("build", d, dist.toString(), BASE), work);
        long triples = build.last.containsKey("triples") ? Long.parseLong(build.last.get("triples")) : -1;
        triplesBySize.put(size, triples);
        Path nt = dist.resolve("factgraph.nt");
        Stage riot = stage(size, "riot", List.of("riot", nt.toString(), work.resolve("riot.ttl").toString()), work);
        double buildTps = triples / (build.median() / 1000), riotTps = triples / (riot.median() / 1000);
        add(build, "build", size, triples, "wall time (convert+SHACL+5 exports)", "riot NT->Turtle", riot,
                riotTps > 0 ? buildTps / riotTps : Double.NaN, String.format(Locale.ROOT, "%.0f triples/s vs floor %.0f triples/s", buildTps, riotTps));
        add(riot, "riot-floor", size, triples, "wall time (parse N-Triples, write Turtle blocks)", "", null, Double.NaN,
                String.format(Locale.ROOT, "%.0f triples/s", riotTps));
        say(String.format(Locale.ROOT, "[%s] BUILD %,d triples: %s = %.0f triples/s, RSS %s | RIOT floor %s = %.0f triples/s | build/floor throughput %.2f",
                size, triples, build.fmt(), buildTps, mb(build.rss), riot.fmt(), riotTps, buildTps / riotTps));

        // (2) load: TdbStore.replace vs tdb2.tdbloader on the same N-Quads
        Path nq = work.resolve("factgraph.nq");
        if (triples > o.serveMaxTriples()) {
            String why = String.format(Locale.ROOT, "not measured at %,d triples: above --serve-max %,d triples",
                    triples, o.serveMaxTriples());
            for (String stage : List.of("load", "cold-start", "serve-rss"))
                rows.add(new Row("error", size, triples, stage, "", Double.NaN, Double.NaN, Double.NaN, 0, "", Double.NaN,
                        Double.NaN, -1, stage + " " + why));
            say("[" + size + "] LOAD/SERVE " + why);
            return;
        }
        childOnce(size, "nquads", List.of("nquads", dist.resolve("factgraph.trig").toString(), nq.toString()), work);
        Stage load = stage(size, "load", List.of("load", nq.toString(), work.resolve("tdb-ours").toString()), work);
        Stage loader = stage(size, "tdbloader", List.of("tdbloader", nq.toString(), work.resolve("tdb-loader").toString()), work);
        add(load, "load", size, triples, "TdbStore.replace streaming the N-Quads", "tdb2.tdbloader (phased)", loader,
                load.median() / loader.median(), "");
        add(loader, "tdbloader", size, triples, "tdb2.tdbloader --loc DIR file.nq", "", null, Double.NaN, "");
        say(String.format(Locale.ROOT, "[%s] LOAD ours %s, RSS %s | tdbloader %s, RSS %s | ratio %.2f",
                size, load.fmt(), mb(load.rss), loader.fmt(), mb(loader.rss), load.median() / loader.median()));

        // (3)-(6) serve: cold start, queries, HTTP
        serve(size, d, triples, work);
    }

    // ---------------------------------------------------------------- serve

    private void serve(String size, String data, long triples, Path work) throws Exception {
        boolean coldRuns = size.equals("seed") && !o.quick();
        List<Double> cold = new ArrayList<>();
        List<Double> firstPage = new ArrayList<>();
        int n = coldRuns ? o.runs() + 1 : 1;
        for (int i = 0; i < n; i++) {
            Server s = startServer(size, data, work, i);
            try {
                if (!coldRuns || i > 0) {
                    cold.add(s.coldMs);
                    firstPage.add(s.pageMs);
                }
                if (i == n - 1)
                    measureServer(size, triples, s);
            } finally {
                s.stop();
            }
        }
        double[] c = cold.stream().mapToDouble(Double::doubleValue).toArray();
        double[] pg = firstPage.stream().mapToDouble(Double::doubleValue).toArray();
        rows.add(new Row("cold-start", size, triples, "process start -> first SPARQL answer (serve builds+loads)", "ms",
                median(c), min(c), max(c), c.length, "target 2000 ms (seed)", 2000, median(c) / 2000, lastServeRss,
                "includes build and TDB2 load done by serve"));
        rows.add(new Row("cold-start-page", size, triples, "process start -> first entity page " + FIRST_PAGE, "ms",
                median(pg), min(pg), max(pg), pg.length, "", Double.NaN, Double.NaN, -1, ""));
        say(String.format(Locale.ROOT, "[%s] COLD START %s ms over %d run(s); first entity page %s ms", size, fmt(c),
                c.length, fmt(pg)));
    }

    private long lastServeRss = -1;

    /** The entity page asked for right after the first SPARQL answer: Canada is in the seed and in every synthetic size. */
    static final String FIRST_PAGE = "/doc/country/canada.html";

    private record Server(Process p, int port, double coldMs, double pageMs, Path logFile,
            java.util.concurrent.atomic.AtomicLong anon) {
        void stop() throws InterruptedException {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS))
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    private Server startServer(String size, String data, Path work, int i) throws Exception {
        int port = freePort();
        Path store = work.resolve("store-serve");
        Directories.deleteTree(store);
        Path logFile = o.out().toAbsolutePath().resolve("logs").resolve(size + "-serve-" + i + ".log");
        List<String> cmd = new ArrayList<>(javaCmd());
        cmd.addAll(List.of(serveMain, "serve", "--data", data, "--port", Integer.toString(port),
                "--store", store.toString(), "--timeout", "60"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        Server s = null;
        long deadline = t0 + o.stageTimeout().toNanos();
        String ask = "http://127.0.0.1:" + port + "/factgraph/sparql?query=" + enc("ASK {}");
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ask)).timeout(Duration.ofSeconds(5))
                        .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    var anon = new java.util.concurrent.atomic.AtomicLong(-1);
                    Thread poll = new Thread(() -> {
                        while (p.isAlive()) {
                            anon.accumulateAndGet(BenchChild.ProcStatus.anonKb(p.pid()), Math::max);
                            try {
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }, "rss-poll");
                    poll.setDaemon(true);
                    poll.start();
                    double sparqlMs = (System.nanoTime() - t0) / 1e6;
                    HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + FIRST_PAGE)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                    double pageMs = page.statusCode() == 200 ? (System.nanoTime() - t0) / 1e6 : Double.NaN;
                    s = new Server(p, port, sparqlMs, pageMs, logFile, anon);
                    break;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(10);
        }
        if (s == null) {
            p.destroyForcibly();
            throw new IllegalStateException("server did not answer (see " + logFile + ")");
        }
        return s;
    }

    private void measureServer(String size, long triples, Server s) throws Exception {
        // (4) queries
        List<Path> queries = queryFiles();
        if (queries.isEmpty()) {
            rows.add(new Row("query", size, triples, "(none)", "ms", Double.NaN, Double.NaN, Double.NaN, 0, "", Double.NaN,
                    Double.NaN, -1, "no .rq files in " + o.queries() + " in this build"));
            say("[" + size + "] QUERIES: none found in " + o.queries());
        }
        int qruns = o.quick() ? 3 : 20;
        for (Path q : queries) {
            String text = Files.readString(q);
            String name = q.getFileName().toString();
            if (federated(text)) {
                rows.add(new Row("query", size, triples, name, "ms", Double.NaN, Double.NaN, Double.NaN, 0, "",
                        Double.NaN, Double.NaN, -1, "skipped: federated (needs the network)"));
                continue;
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create(s.url("/factgraph/sparql")))
                    .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1")
                    .POST(HttpRequest.BodyPublishers.ofString(text)).build();
            long[] lat = new long[qruns];
            int status = 0;
            for (int i = -1; i < qruns; i++) { // i == -1: warm-up
                long t = System.nanoTime();
                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                status = r.statusCode();
                if (i >= 0)
                    lat[i] = System.nanoTime() - t;
                if (status != 200)
                    break;
            }
            Arrays.sort(lat);
            double med = LoadGenerator.pct(lat, 0.5) / 1e6, p95 = LoadGenerator.pct(lat, 0.95) / 1e6;
            rows.add(new Row("query", size, triples, name, "ms", med, lat[0] / 1e6, lat[lat.length - 1] / 1e6, qruns,
                    "p95", p95, Double.NaN, -1, status == 200 ? String.format(Locale.ROOT, "p95 %.1f ms", p95) : "HTTP " + status));
            say(String.format(Locale.ROOT, "[%s] QUERY %-36s median %7.1f ms  p95 %7.1f ms%s", size, name, med, p95,
                    status == 200 ? "" : "  (HTTP " + status + ")"));
        }

        // (5) HTTP: entity pages vs DESCRIBE
        List<String> entities = entityIris(s);
        boolean pages = !entities.isEmpty() && entityPageServed(s, entities.get(0));
        if (pages) {
            // The first request for each document renders it (the server then keeps it until the data changes);
            // DESCRIBE is answered afresh every time.
            FirstPass desc = firstPass(entities, i -> HttpRequest.newBuilder(URI.create(s.url("/factgraph/sparql?query="
                    + enc("DESCRIBE <" + entities.get(i) + ">")))).header("Accept", "text/turtle").build());
            FirstPass page = firstPass(entities, i -> HttpRequest.newBuilder(URI.create(s.url(documentPath(entities.get(i)))))
                    .header("Accept", "text/turtle").build());
            for (var pass : List.of(Map.entry("http-first-describe", desc), Map.entry("http-first-page", page)))
                rows.add(new Row(pass.getKey(), size, triples, entities.size() + " entities, 1 client", "ms",
                        pass.getValue().p50(), pass.getValue().p50(), pass.getValue().p99(), entities.size(), "", Double.NaN,
                        Double.NaN, -1, String.format(Locale.ROOT, "mean %.0f bytes", pass.getValue().meanBytes())));
            say(String.format(Locale.ROOT, "[%s] HTTP first request per entity: DESCRIBE p50 %.1f p99 %.1f ms (%.0f B) | "
                    + "entity page p50 %.1f p99 %.1f ms (%.0f B)", size, desc.p50(), desc.p99(), desc.meanBytes(),
                    page.p50(), page.p99(), page.meanBytes()));
        }
        LoadGenerator gen = new LoadGenerator();
        for (int clients : new int[] {1, 8, 32}) {
            LoadGenerator.Result desc = gen.run(clients, o.httpDuration(), i -> HttpRequest.newBuilder(URI.create(
                    s.url("/factgraph/sparql?query=" + enc("DESCRIBE <" + entities.get(i % entities.size()) + ">"))))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "text/turtle").build());
            LoadGenerator.Result page = pages ? gen.run(clients, o.httpDuration(), i -> HttpRequest.newBuilder(URI.create(
                    s.url(documentPath(entities.get(i % entities.size())))))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "text/turtle").build()) : null;
            rows.add(new Row("http-describe", size, triples, clients + " clients", "req/s", desc.perSecond(), desc.p50Ms(),
                    desc.p99Ms(), (int) desc.requests(), "", Double.NaN, Double.NaN, -1,
                    String.format(Locale.ROOT, "p50 %.1f ms p99 %.1f ms errors %d", desc.p50Ms(), desc.p99Ms(), desc.errors())));
            if (page != null)
                rows.add(new Row("http-entity", size, triples, clients + " clients", "req/s", page.perSecond(), page.p50Ms(),
                        page.p99Ms(), (int) page.requests(), "DESCRIBE", desc.perSecond(), page.perSecond() / desc.perSecond(), -1,
                        String.format(Locale.ROOT, "p50 %.1f ms p99 %.1f ms errors %d", page.p50Ms(), page.p99Ms(), page.errors())));
            else
                rows.add(new Row("http-entity", size, triples, clients + " clients", "req/s", Double.NaN, Double.NaN,
                        Double.NaN, 0, "DESCRIBE", desc.perSecond(), Double.NaN, -1, "n/a in this build (/id/... not served)"));
            say(String.format(Locale.ROOT, "[%s] HTTP %2d clients: DESCRIBE %.0f req/s p50 %.1f p99 %.1f ms | entity page %s",
                    size, clients, desc.perSecond(), desc.p50Ms(), desc.p99Ms(), page == null ? "n/a in this build"
                            : String.format(Locale.ROOT, "%.0f req/s p50 %.1f p99 %.1f ms", page.perSecond(), page.p50Ms(), page.p99Ms())));
        }
        // (6) serve RSS after load, queries and HTTP
        lastServeRss = BenchChild.ProcStatus.hwmKb(s.p().pid());
        long anon = Math.max(s.anon().get(), BenchChild.ProcStatus.anonKb(s.p().pid()));
        rows.add(new Row("serve-rss", size, triples, "serve peak RSS (VmHWM)", "MB", lastServeRss / 1024.0,
                lastServeRss / 1024.0, lastServeRss / 1024.0, 1, "", Double.NaN, Double.NaN, lastServeRss,
                "VmHWM counts TDB2's memory-mapped files; anon = heap and native", anon));
        say("[" + size + "] SERVE peak RSS " + mb(lastServeRss) + " (anon " + mb(anon) + ")");
    }

    /** Latency percentiles (ms) and mean body size of one sequential request per entity. */
    record FirstPass(double p50, double p99, double meanBytes) {}

    private FirstPass firstPass(List<String> entities, java.util.function.IntFunction<HttpRequest> request) throws Exception {
        long[] lat = new long[entities.size()];
        long bytes = 0;
        for (int i = 0; i < lat.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
            lat[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200)
                throw new IllegalStateException("HTTP " + r.statusCode() + " for " + r.uri());
            bytes += r.body().length;
        }
        java.util.Arrays.sort(lat);
        return new FirstPass(LoadGenerator.pct(lat, 0.5) / 1e6, LoadGenerator.pct(lat, 0.99) / 1e6, (double) bytes / lat.length);
    }

    private List<String> entityIris(Server s) throws Exception {
        String q = "SELECT DISTINCT ?s WHERE { GRAPH <" + BASE + "graph/entities> { ?s a ?t } } ORDER BY ?s LIMIT 500";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url("/factgraph/sparql?query=" + enc(q))))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        return r.body().lines().skip(1).map(String::strip).filter(l -> l.startsWith(BASE + "id/")).toList();
    }

    /**
     * The Turtle document of an entity, {@code /doc/{kind}/{name}.ttl}: where a linked-data client lands after the
     * 303 from {@code /id/...}, and what {@code DESCRIBE} is compared with.
     */
    private static String documentPath(String iri) {
        return "/doc/" + iri.substring(BASE.length() + "id/".length()) + ".ttl";
    }

    private boolean entityPageServed(Server s, String iri) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(s.url(documentPath(iri))))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private List<Path> queryFiles() throws IOException {
        if (o.queries() == null || !Files.isDirectory(o.queries()))
            return List.of();
        try (Stream<Path> s = Files.list(o.queries())) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    /** A query that needs the network: uses SERVICE, or its comments say so. */
    static boolean federated(String text) {
        boolean comment = text.lines().anyMatch(l -> l.strip().startsWith("#")
                && (l.toLowerCase(Locale.ROOT).contains("network") || l.toLowerCase(Locale.ROOT).contains("federated")));
        return comment || text.lines().filter(l -> !l.strip().startsWith("#"))
                .anyMatch(l -> l.toUpperCase(Locale.ROOT).matches(".*\\bSERVICE\\s*<.*"));
    }

    // ---------------------------------------------------------------- child JVMs

    /** Repeated runs of one child stage: a warm-up (unless quick), then {@code runs} timed runs within the budget. */
    private final class Stage {
        final List<Map<String, String>> results = new ArrayList<>();
        Map<String, String> last = Map.of();
        long rss = -1, anon = -1;

        double median() {
            return median(values("ms"));
        }

        double[] values(String key) {
            return results.stream().filter(m -> m.containsKey(key)).mapToDouble(m -> Double.parseDouble(m.get(key))).toArray();
        }

        double median(double[] v) {
            return BenchHarness.median(v);
        }

        String fmt() {
            return BenchHarness.fmt(values("ms")) + " ms";
        }
    }

    private Stage stage(String size, String name, List<String> args, Path work) throws Exception {
        Stage st = new Stage();
        int runs = o.quick() ? 1 : o.runs();
        long start = System.nanoTime();
        for (int i = o.quick() ? 0 : -1; i < runs; i++) {
            Map<String, String> r = childOnce(size, name + (i < 0 ? "-warmup" : "-" + i), args, work);
            st.last = r;
            st.rss = Math.max(st.rss, Long.parseLong(r.getOrDefault("hwm_kb", "-1")));
            st.anon = Math.max(st.anon, Long.parseLong(r.getOrDefault("anon_peak_kb", "-1")));
            if (i >= 0)
                st.results.add(r);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double perRun = elapsed / (i + (o.quick() ? 1 : 2));
            if (i >= 0 && i < runs - 1 && elapsed + perRun > o.stageBudget().toSeconds() && st.results.size() >= 1) {
                say(String.format(Locale.ROOT, "[%s] %s: stopping after %d timed run(s): the stage budget of %d s is used up",
                        size, name, st.results.size(), o.stageBudget().toSeconds()));
                break;
            }
            if (i < 0 && perRun > o.stageBudget().toSeconds() / 2.0) {
                // one warm-up alone took half the budget: take a single timed run
                runs = 1;
            }
        }
        return st;
    }

    private Map<String, String> childOnce(String size, String label, List<String> args, Path work) throws Exception {
        String stage = args.get(0);
        // stages that write a store start from an empty directory, like a fresh load
        if (stage.equals("load") || stage.equals("tdbloader"))
            Directories.deleteTree(Path.of(args.get(2)));
        Path logFile = o.out().toAbsolutePath().resolve("logs").resolve(size.replace('=', '-') + "-" + label + ".log");
        List<String> cmd = new ArrayList<>(javaCmd());
        if (stage.equals("build"))
            cmd.addAll(1, o.buildJvmArgs());
        cmd.add(BenchChild.class.getName());
        cmd.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        long polled = -1, polledAnon = -1;
        long deadline = t0 + o.stageTimeout().toNanos();
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            polled = Math.max(polled, BenchChild.ProcStatus.hwmKb(p.pid()));
            polledAnon = Math.max(polledAnon, BenchChild.ProcStatus.anonKb(p.pid()));
            if (System.nanoTime() > deadline) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException(label + " timed out after " + o.stageTimeout().toSeconds() + " s (not measured)");
            }
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        String bench = Files.readAllLines(logFile).stream().filter(l -> l.startsWith("BENCH ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException(label + " failed (exit " + p.exitValue() + "), see " + logFile));
        Map<String, String> r = new LinkedHashMap<>();
        for (String kv : bench.substring(6).split(" ")) {
            int eq = kv.indexOf('=');
            r.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        r.put("wall_ms", Long.toString((long) wall));
        long hwm = Math.max(polled, Long.parseLong(r.getOrDefault("hwm_kb", "-1")));
        r.put("hwm_kb", Long.toString(hwm));
        long anon = Math.max(polledAnon, Long.parseLong(r.getOrDefault("anon_kb", "-1")));
        r.put("anon_peak_kb", Long.toString(anon));
        if (!label.endsWith("warmup") && !stage.equals("nquads"))
            say(String.format(Locale.ROOT, "  [%s] %-16s %8s ms  (process %6.0f ms)  peak RSS %s (anon %s)", size, label,
                    r.get("ms"), wall, mb(hwm), mb(anon)));
        return r;
    }

    private List<String> javaCmd() {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(o.childJvmArgs());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return cmd;
    }

    // ---------------------------------------------------------------- results

    private void add(Stage s, String stage, String size, long triples, String metric, String anchor, Stage anchorStage,
            double ratio, String note) {
        double[] v = s.values("ms");
        rows.add(new Row(stage, size, triples, metric, "ms", median(v), min(v), max(v), v.length, anchor,
                anchorStage == null ? Double.NaN : anchorStage.median(), ratio, s.rss, note, s.anon));
    }

    /** Flags super-linear growth of build time and RSS between consecutive sizes (log-log slope above 1.1). */
    private void growth() {
        List<Row> extra = new ArrayList<>();
        for (String stage : List.of("build", "serve-rss")) {
            List<Row> r = rows.stream().filter(x -> x.stage().equals(stage) && x.triples() > 0).toList();
            for (int i = 1; i < r.size(); i++) {
                Row a = r.get(i - 1), b = r.get(i);
                double dt = Math.log((double) b.triples() / a.triples());
                if (dt <= 0.5)
                    continue;
                double rssSlope = Math.log((double) b.peakRssKb() / a.peakRssKb()) / dt;
                double timeSlope = Math.log(b.median() / a.median()) / dt;
                String metric = stage.equals("build") ? "build time and RSS" : "serve RSS";
                boolean flag = rssSlope > 1.1 || (stage.equals("build") && timeSlope > 1.1);
                extra.add(new Row("growth", a.size() + "->" + b.size(), b.triples(), metric, "log-log slope",
                        stage.equals("build") ? timeSlope : rssSlope, Double.NaN, Double.NaN, 0, "", Double.NaN, rssSlope,
                        b.peakRssKb(), (flag ? "SUPER-LINEAR; " : "") + (stage.equals("build") ? String.format(Locale.ROOT,
                                "time slope %.2f, RSS slope %.2f", timeSlope, rssSlope)
                                : String.format(Locale.ROOT, "RSS slope %.2f", rssSlope))));
            }
        }
        rows.addAll(extra);
    }

    private void write(Path out) throws IOException {
        StringBuilder csv = new StringBuilder(
                "stage,size,triples,metric,unit,median,min,max,runs,anchor,anchor_median,ratio,peak_rss_mb,peak_anon_mb,note\n");
        for (Row r : rows)
            csv.append(String.join(",", r.stage(), r.size(), Long.toString(r.triples()), csvq(r.metric()), r.unit(),
                    num(r.median()), num(r.min()), num(r.max()), Integer.toString(r.runs()), csvq(r.anchor()),
                    num(r.anchorMedian()), num(r.ratio()), r.peakRssKb() < 0 ? "" : num(r.peakRssKb() / 1024.0),
                    r.peakAnonKb() < 0 ? "" : num(r.peakAnonKb() / 1024.0), csvq(r.note()))).append('\n');
        Files.writeString(out.resolve("results.csv"), csv);
        Files.writeString(out.resolve("report.md"), Report.markdown(this));
    }

    String header() {
        return "Mode: " + (o.quick() ? "**--quick**: 1 run per stage, no warm-up, short HTTP bursts; a smoke test, not a measurement"
                : o.runs() + " timed runs per stage after 1 warm-up run; figures are median [min–max]") + "\n\n"
                + machine().replace("\n", "  \n") + "  \nLoad average at start: " + loadStart + "; at end: " + loadavg()
                + "  \nQueries timed: " + (o.queries() == null ? "none" : o.queries().toAbsolutePath())
                + "  \nHTTP burst per client count: " + o.httpDuration().toSeconds() + " s; stage time budget "
                + o.stageBudget().toSeconds() + " s, timeout " + o.stageTimeout().toSeconds() + " s; child JVM options: "
                + (o.childJvmArgs().isEmpty() ? "(JVM defaults)" : String.join(" ", o.childJvmArgs()))
                + "; build stage also: " + (o.buildJvmArgs().isEmpty() ? "(nothing)" : String.join(" ", o.buildJvmArgs()))
                + "; streaming build above " + Long.getLong(org.factgraph.publish.StreamingBuild.THRESHOLD_PROPERTY,
                        org.factgraph.publish.StreamingBuild.DEFAULT_THRESHOLD_BYTES) + " bytes of documents\n";
    }

    List<Row> rows() {
        return rows;
    }

    static String machine() {
        long memKb = -1;
        String cpu = "?";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo")))
                if (l.startsWith("MemTotal:"))
                    memKb = Long.parseLong(l.replaceAll("\\D", ""));
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format(Locale.ROOT, "Machine: %d cores (%s), %.1f GiB memory\nJVM: %s %s (%s), max heap of this JVM %d MiB\nJena: %s; date %s",
                Runtime.getRuntime().availableProcessors(), cpu, memKb / 1048576.0, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                Runtime.getRuntime().maxMemory() >> 20, jenaVersion(), Instant.now());
    }

    /** Jena's own version string is a placeholder in a shaded jar; the Maven metadata of jena-arq is not. */
    static String jenaVersion() {
        try (var in = BenchHarness.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-arq/pom.properties")) {
            if (in != null) {
                var p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", org.apache.jena.Jena.VERSION);
            }
        } catch (IOException e) {
            // fall through
        }
        return org.apache.jena.Jena.VERSION;
    }

    static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private void say(String s) {
        log.println(s);
        log.flush();
    }

    static double median(double[] v) {
        if (v.length == 0)
            return Double.NaN;
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    static String fmt(double[] v) {
        return v.length == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f [%.0f-%.0f]", median(v), min(v), max(v));
    }

    static String mb(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static String csvq(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
