package org.factgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;

import org.factgraph.publish.Directories;
import org.factgraph.testing.DirHash;
import org.factgraph.testing.Mutator;
import org.factgraph.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real data after random, reproducible damage to one of its files. A build must succeed (exit 0) or
 * fail as invalid data (exit 1) with one {@code factgraph:} line and no stack trace, leaving the previous output
 * byte-for-byte as it was. Exit 2 (usage), 3 (I/O) or 70 (internal error) means an exception leaked.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("factgraph.fuzz.seed", 20221027L);
    private static final int ITERATIONS = Integer.getInteger("factgraph.fuzz.iterations", 300);
    private static final String[] FILES = {"entities.yaml", "documents/blinken-canada-2022/document.yaml",
            "documents/blinken-canada-2022/statements.yaml", "documents/blinken-canada-2022/source.txt"};

    @Test
    void damagedDataNeverEndsInAnUncaughtExceptionOrPartialOutput(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        Path dist = tmp.resolve("dist");
        Path good = tmp.resolve("good-dist");
        TestDirs.copyTree(TestDirs.REAL_DATA, data);
        Cli.Result first = build(data, good);
        assertEquals(0, first.exit(), "the real data must build: " + first);
        SortedMap<String, String> goodHashes = DirHash.of(good);
        TestDirs.copyTree(good, dist);

        Random pick = new Random(SEED);
        Mutator mutator = new Mutator(SEED);
        List<String> failures = new ArrayList<>();
        int[] byExit = new int[4];
        for (int n = 0; n < ITERATIONS; n++) {
            String file = FILES[pick.nextInt(FILES.length)];
            Path path = data.resolve(file);
            byte[] original = Files.readAllBytes(path);
            Mutator.Mutation m = mutator.mutate(original);
            Files.write(path, m.bytes());
            try {
                Cli.Result r = build(data, dist);
                SortedMap<String, String> after = DirHash.of(dist);
                String problem = problem(r, goodHashes, after);
                if (problem != null)
                    failures.add("#" + n + " " + file + ": " + m.description() + ": " + problem + "\n" + r);
                if (r.exit() >= 0 && r.exit() < byExit.length)
                    byExit[r.exit()]++;
                if (!after.equals(goodHashes)) { // a harmless mutation made a new good build (or a bad one did harm)
                    Directories.deleteTree(dist);
                    TestDirs.copyTree(good, dist);
                }
            } finally {
                Files.write(path, original);
            }
        }
        System.out.printf("fuzz: %d mutations, %d built, %d refused as invalid data%n", ITERATIONS, byExit[0], byExit[1]);
        assertTrue(failures.isEmpty(), failures.size() + " of " + ITERATIONS + " mutations misbehaved; first ones:\n"
                + String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))));
        assertTrue(byExit[1] > ITERATIONS / 3, "most mutations should be refused; the fuzzer may not be biting");
    }

    /** What is wrong with a run, or null. */
    private static String problem(Cli.Result r, SortedMap<String, String> before, SortedMap<String, String> after) {
        if (r.exit() != 0 && !before.equals(after))
            return "exit code " + r.exit() + " and the output changed although the build failed";
        if (r.exit() != 0 && r.exit() != 1)
            return "exit code " + r.exit();
        if (r.hasStackTrace())
            return "stack trace printed";
        if (r.exit() == 1 && r.messageLines().size() != 1)
            return r.messageLines().size() + " 'factgraph:' lines";
        if (r.exit() == 0 && !before.keySet().equals(after.keySet()))
            return "a good build left other files than the exports: " + after.keySet();
        return null;
    }

    private static Cli.Result build(Path data, Path out) {
        return Cli.run("build", "--data", data.toString(), "--out", out.toString(), "--ontology",
                TestDirs.ONTOLOGY.toString());
    }

}
