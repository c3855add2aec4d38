package org.factgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.factgraph.bench.BenchHarness;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure build, TDB2 load, serve cold start, query latency and HTTP throughput at growing scale, "
                + "side by side with Jena's own limits (RIOT, tdb2.tdbloader, DESCRIBE).",
                "Generates deterministic synthetic fact sheets; heavy stages run in child JVMs so peak RSS can be read. "
                        + "Writes report.md and results.csv into --out."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Smoke test for CI: sizes seed and 10k unless --sizes is given, 1 run each, no warm-up, short HTTP bursts.")
    boolean quick;

    @Option(names = "--sizes", split = ",", paramLabel = "SIZE",
            description = "Sizes in output triples (10k, 100k, 1m, 10m), 'seed' for data/ as it is, or docs=N (default: seed,10k,100k,1m,10m).")
    List<String> sizes;

    @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "bench");

    @Option(names = "--runs", description = "Timed runs per stage after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--queries", paramLabel = "DIR", description = "Directory of .rq files to time (default: ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");

    @Option(names = "--data", paramLabel = "DIR", description = "Seed data directory for size 'seed' (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--http-seconds", description = "Length of each HTTP burst (default: 10, quick: 2).")
    Integer httpSeconds;

    @Option(names = "--stage-timeout", paramLabel = "SECONDS", description = "Kill a child stage after this long; the size is reported as not measured (default: ${DEFAULT-VALUE}).")
    long stageTimeout = 1800;

    @Option(names = "--stage-budget", paramLabel = "SECONDS", description = "Stop repeating a stage once this much time is spent on it; fewer runs are reported as such (default: ${DEFAULT-VALUE}).")
    long stageBudget = 300;

    @Option(names = "--child-jvm", paramLabel = "OPT", split = " ", description = "Extra JVM options for child JVMs, e.g. '-Xmx1g' (space separated).")
    List<String> childJvm = new ArrayList<>();

    @Option(names = "--build-jvm", paramLabel = "OPT", split = " ", description = "Extra JVM options for the build stage only, e.g. '-Xmx1g' to check the build fits a memory budget.")
    List<String> buildJvm = new ArrayList<>();

    @Option(names = "--serve-max", paramLabel = "TRIPLES", description = "Above this size only build and the RIOT floor are measured, to save the time and disk a TDB2 load takes (default: ${DEFAULT-VALUE}).")
    long serveMax = 20_000_000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1)
            throw new UsageException("--runs must be at least 1");
        List<String> s = sizes != null ? sizes : quick ? List.of("seed", "10k") : List.of("seed", "10k", "100k", "1m", "10m");
        int http = httpSeconds != null ? httpSeconds : quick ? 2 : 10;
        var options = new BenchHarness.Options(quick, s, out, quick ? 1 : runs, queries, data, Duration.ofSeconds(http),
                Duration.ofSeconds(quick ? Math.min(stageTimeout, 120) : stageTimeout), Duration.ofSeconds(stageBudget), childJvm, buildJvm, serveMax);
        PrintWriter log = spec.commandLine().getOut();
        new BenchHarness(options, log, Main.class.getName()).run();
        return ExitCode.OK;
    }
}
