package org.factgraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Renders the harness results as {@code report.md}: one table per stage, anchors side by side. */
final class Report {
    static String markdown(BenchHarness h) {
        List<BenchHarness.Row> rows = h.rows();
        StringBuilder sb = new StringBuilder("# factgraph benchmark\n\n").append(h.header()).append('\n');
        sb.append("Targets (2 cores): build ≥ 100k triples/s at 1M and ≥ 0.5× the RIOT floor; load ≤ 1.2× tdbloader; "
                + "cold start ≤ 2 s for the seed; entity pages ≥ 1.5× DESCRIBE throughput with p99 < 50 ms at 32 "
                + "clients; build peak RSS < 1 GiB at 10M triples.\n\n");

        sb.append("## 1. Build vs the RIOT floor\n\n"
                + "| size | triples | build ms median [min–max] | triples/s | build peak RSS | RIOT NT→Turtle ms | floor triples/s | build/floor throughput | runs |\n"
                + "|---|---:|---|---:|---:|---|---:|---:|---:|\n");
        for (BenchHarness.Row b : of(rows, r -> r.stage().equals("build"))) {
            BenchHarness.Row f = find(rows, "riot-floor", b.size());
            sb.append(row(b.size(), b.triples(), range(b), tps(b), mb(b), f == null ? "n/a" : range(f),
                    f == null ? "n/a" : tps(f), ratio(b.ratio()), b.runs()));
        }
        sb.append("\n## 2. Load into TDB2: TdbStore.replace vs tdb2.tdbloader (same N-Quads, fresh store each run)\n\n"
                + "| size | quads (≈triples) | ours ms (TdbStore.replace streaming the file) | ours RSS | tdbloader ms | tdbloader RSS | ours/tdbloader | note |\n"
                + "|---|---:|---|---:|---|---:|---:|---|\n");
        for (BenchHarness.Row l : of(rows, r -> r.stage().equals("load"))) {
            BenchHarness.Row t = find(rows, "tdbloader", l.size());
            sb.append(row(l.size(), l.triples(), range(l), mb(l), t == null ? "n/a" : range(t),
                    t == null ? "n/a" : mb(t), ratio(l.ratio()), l.note()));
        }
        sb.append("\n## 3. Serve cold start (process start → first successful SPARQL answer, then the first entity page; `serve` builds, loads TDB2, starts Fuseki)\n\n"
                + "| size | triples | first answer ms median [min–max] | first entity page ms | runs | vs 2 s target |\n|---|---:|---|---|---:|---:|\n");
        for (BenchHarness.Row c : of(rows, r -> r.stage().equals("cold-start"))) {
            BenchHarness.Row p = find(rows, "cold-start-page", c.size());
            sb.append(row(c.size(), c.triples(), range(c), p == null ? "n/a" : range(p), c.runs(), ratio(c.ratio())));
        }
        sb.append("\n## 4. Query latency (queries/*.rq over HTTP, 1 warm-up then repeated)\n\n"
                + "| size | query | median ms | p95 ms | min–max ms | runs | note |\n|---|---|---:|---:|---|---:|---|\n");
        for (BenchHarness.Row q : of(rows, r -> r.stage().equals("query")))
            sb.append(row(q.size(), q.metric(), f1(q.median()), f1(q.anchorMedian()),
                    Double.isNaN(q.min()) ? "" : f1(q.min()) + "–" + f1(q.max()), q.runs(), q.note()));
        sb.append("\n## 5. HTTP: entity pages vs SPARQL DESCRIBE of the same entities, same server (closed loop, loopback)\n\n"
                + "| size | clients | DESCRIBE req/s | DESCRIBE p50 / p99 ms | entity page req/s | entity p50 / p99 ms | page/DESCRIBE |\n"
                + "|---|---:|---:|---|---:|---|---:|\n");
        for (BenchHarness.Row d : of(rows, r -> r.stage().equals("http-describe"))) {
            BenchHarness.Row e = of(rows, r -> r.stage().equals("http-entity") && r.size().equals(d.size())
                    && r.metric().equals(d.metric())).stream().findFirst().orElse(null);
            boolean na = e == null || Double.isNaN(e.median());
            sb.append(row(d.size(), d.metric().replace(" clients", ""), f0(d.median()), f1(d.min()) + " / " + f1(d.max()),
                    na ? "n/a in this build" : f0(e.median()), na ? "n/a" : f1(e.min()) + " / " + f1(e.max()),
                    na ? "n/a" : ratio(e.ratio())));
        }
        List<BenchHarness.Row> first = of(rows, r -> r.stage().equals("http-first-page"));
        if (!first.isEmpty()) {
            sb.append("\nFirst request for each entity, one client in sequence: the page is rendered (the server keeps "
                    + "rendered documents until the data changes, so the bursts above are served from memory), while "
                    + "DESCRIBE is always evaluated.\n\n| size | entities | DESCRIBE p50 / p99 ms | DESCRIBE size | "
                    + "entity page p50 / p99 ms | entity page size |\n|---|---:|---|---|---|---|\n");
            for (BenchHarness.Row p : first) {
                BenchHarness.Row d = find(rows, "http-first-describe", p.size());
                sb.append(row(p.size(), p.runs(), d == null ? "n/a" : f1(d.min()) + " / " + f1(d.max()),
                        d == null ? "n/a" : d.note(), f1(p.min()) + " / " + f1(p.max()), p.note()));
            }
        }
        sb.append("\n## 6. Peak RSS as size grows\n\nPeak RSS is VmHWM; 'anon' is the peak of RssAnon (heap and native "
                + "memory, without the TDB2 index files the kernel maps in), polled every 50-100 ms. Without -Xmx a JVM "
                + "grows its heap towards 1/4 of RAM before collecting hard, so peak RSS shows what the JVM took, "
                + "not what the work needs; the build stage's options are in the header.\n\n"
                + "| size | triples | build RSS | serve RSS (after load, queries, HTTP) |\n|---|---:|---:|---:|\n");
        for (BenchHarness.Row b : of(rows, r -> r.stage().equals("build"))) {
            BenchHarness.Row s = find(rows, "serve-rss", b.size());
            sb.append(row(b.size(), b.triples(), mb(b), s == null ? "n/a" : mb(s)));
        }
        List<BenchHarness.Row> g = of(rows, r -> r.stage().equals("growth"));
        if (!g.isEmpty()) {
            sb.append("\nGrowth between sizes (log-log slope; 1.0 = linear, above 1.1 flagged):\n\n| sizes | what | slope | note |\n|---|---|---:|---|\n");
            for (BenchHarness.Row r : g)
                sb.append(row(r.size(), r.metric(), String.format(Locale.ROOT, "%.2f", r.median()), r.note()));
        }
        List<BenchHarness.Row> err = of(rows, r -> r.stage().equals("error"));
        if (!err.isEmpty()) {
            sb.append("\n## Not measured\n\n");
            for (BenchHarness.Row r : err)
                sb.append("- ").append(r.size()).append(": ").append(r.note()).append('\n');
        }
        sb.append("\nRaw figures: results.csv; child JVM output: logs/.\n");
        return sb.toString();
    }

    private static List<BenchHarness.Row> of(List<BenchHarness.Row> rows, Predicate<BenchHarness.Row> p) {
        return rows.stream().filter(p).toList();
    }

    private static BenchHarness.Row find(List<BenchHarness.Row> rows, String stage, String size) {
        return rows.stream().filter(r -> r.stage().equals(stage) && r.size().equals(size)).findFirst().orElse(null);
    }

    private static String row(Object... cells) {
        StringBuilder sb = new StringBuilder("|");
        for (Object c : cells)
            sb.append(' ').append(c instanceof Long l ? String.format(Locale.ROOT, "%,d", l) : String.valueOf(c)).append(" |");
        return sb.append('\n').toString();
    }

    private static String range(BenchHarness.Row r) {
        if (Double.isNaN(r.median()))
            return "n/a";
        return r.runs() > 1 ? String.format(Locale.ROOT, "%.0f [%.0f–%.0f]", r.median(), r.min(), r.max())
                : String.format(Locale.ROOT, "%.0f (1 run)", r.median());
    }

    private static String tps(BenchHarness.Row r) {
        return Double.isNaN(r.median()) ? "n/a" : String.format(Locale.ROOT, "%,.0f", r.triples() / (r.median() / 1000));
    }

    private static String mb(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    /** Peak RSS with peak anonymous RSS (heap and native, without mapped files) beside it. */
    private static String mb(BenchHarness.Row r) {
        return r.peakAnonKb() < 0 ? mb(r.peakRssKb()) : mb(r.peakRssKb()) + " (anon " + mb(r.peakAnonKb()) + ")";
    }

    private static String ratio(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
    }

    private static String f0(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.0f", d);
    }

    private static String f1(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.1f", d);
    }

    private Report() {}
}
