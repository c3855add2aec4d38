package org.factgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.factgraph.publish.Builder;
import org.factgraph.validate.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load killed with SIGKILL mid-transaction leaves the store holding the previous complete graph. */
class CrashSafetyTest {
    private static final int CRASHES = 3;

    @TempDir
    Path store;

    @Test
    void killedLoadLeavesThePreviousGraph() throws Exception {
        assertTrue(run("seed").waitFor(120, TimeUnit.SECONDS), "seed load did not finish");
        DatasetGraph seed = new Builder(OntologyFiles.in(Path.of("ontology")), Clock.systemUTC())
                .convert(Path.of("data"), "http://example.org/").dataset();

        for (int crash = 1; crash <= CRASHES; crash++) {
            Process child = run("big", "1500000");
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals("LOADING", line, "child did not start loading");
            Thread.sleep(1500);
            assertTrue(child.isAlive(), "the load finished before it could be killed; make it bigger");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "expected death by SIGKILL in crash " + crash);

            try (TdbStore reopened = TdbStore.open(store)) {
                DatasetGraph dsg = reopened.dataset();
                boolean same = Txn.calculateRead(dsg, () -> sameNamedGraphs(seed, dsg));
                assertTrue(same, "after crash " + crash + " the store does not hold the previous graph ("
                        + reopened.size() + " quads, expected " + seed.stream().count() + ")");
            }
        }
    }

    /** Compares named graphs only: a store with a union default graph shows all graphs as its default graph. */
    static boolean sameNamedGraphs(DatasetGraph expected, DatasetGraph actual) {
        var names = new java.util.HashSet<org.apache.jena.graph.Node>();
        expected.listGraphNodes().forEachRemaining(names::add);
        var actualNames = new java.util.HashSet<org.apache.jena.graph.Node>();
        actual.listGraphNodes().forEachRemaining(actualNames::add);
        return names.equals(actualNames)
                && names.stream().allMatch(g -> IsoMatcher.isomorphic(expected.getGraph(g), actual.getGraph(g)));
    }

    private Process run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashLoadMain.class.getName()));
        cmd.add(args[0]);
        cmd.add(store.toString());
        for (int i = 1; i < args.length; i++)
            cmd.add(args[i]);
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
