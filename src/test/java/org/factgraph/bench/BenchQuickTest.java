package org.factgraph.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the harness in quick mode on the seed only; checks the report files, never the timings. */
class BenchQuickTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(180)
    void quickModeWritesAReportWithARowPerStage() throws Exception {
        Path out = tmp.resolve("bench");
        var options = new BenchHarness.Options(true, List.of("seed"), out, 1, Path.of("queries"), Path.of("data"),
                Duration.ofSeconds(1), Duration.ofSeconds(120), Duration.ofSeconds(60), List.of(), List.of(), 2_000_000);
        StringWriter log = new StringWriter();
        new BenchHarness(options, new PrintWriter(log), org.factgraph.cli.Main.class.getName()).run();
        Path csv = out.resolve("results.csv"), md = out.resolve("report.md");
        assertTrue(Files.isRegularFile(csv) && Files.isRegularFile(md), log.toString());
        List<String> lines = Files.readAllLines(csv);
        for (String stage : List.of("build", "riot-floor", "load", "tdbloader", "cold-start", "query",
                "http-describe", "http-entity", "serve-rss"))
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(stage + ",seed,")), "no row for " + stage + "\n" + log);
        String report = Files.readString(md);
        for (String section : List.of("## 1. Build", "## 2. Load", "## 3. Serve cold start", "## 4. Query",
                "## 5. HTTP", "## 6. Peak RSS"))
            assertTrue(report.contains(section), section);
    }
}
