package org.factgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP load generator: {@code clients} threads each send one request at a time for a bounded time.
 * Only loopback URLs are accepted.
 */
public final class LoadGenerator {
    public record Result(int clients, long requests, long errors, double seconds, double perSecond, double p50Ms,
            double p99Ms) {}

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Runs for {@code duration}; {@code request.apply(i)} gives the i-th request of a client. */
    public Result run(int clients, Duration duration, IntFunction<HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                long errors = 0;
                for (int i = client; System.nanoTime() < end; i += clients) {
                    HttpRequest req = request.apply(i);
                    checkLoopback(req.uri());
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200)
                            errors++;
                    } catch (java.io.IOException e) {
                        errors++;
                    }
                    if (n == lat.length)
                        lat = Arrays.copyOf(lat, n * 2);
                    lat[n++] = System.nanoTime() - t;
                }
                long[] out = Arrays.copyOf(lat, n + 1);
                out[n] = errors;
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : futures) {
            long[] a = f.get();
            for (int i = 0; i < a.length - 1; i++)
                all.add(a[i]);
            errors += a[a.length - 1];
        }
        double secs = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(clients, sorted.length, errors, secs, sorted.length / secs, pct(sorted, 0.50) / 1e6,
                pct(sorted, 0.99) / 1e6);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0)
            return Double.NaN;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static void checkLoopback(URI uri) {
        String h = uri.getHost();
        if (!("127.0.0.1".equals(h) || "localhost".equals(h) || "[::1]".equals(h)))
            throw new IllegalArgumentException("load generator only targets loopback: " + uri);
    }
}
