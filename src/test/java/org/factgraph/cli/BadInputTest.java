package org.factgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.factgraph.source.TextFiles;
import org.factgraph.testing.DirHash;
import org.factgraph.testing.TestDirs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: each folder of {@code src/test/resources/bad} is a mutated copy of the minimal valid data
 * directory with {@code expected.properties} giving the exit code and a substring of the message. Every case must
 * fail with that code, print exactly one {@code factgraph:} line and no stack trace, and leave a previously built
 * output directory byte-for-byte as it was.
 */
class BadInputTest {
    private static final String DEFAULT_ARGS = "build --data {data} --out {out} --ontology {ontology}";

    @TempDir
    static Path shared;
    static Path goodDist;

    @BeforeAll
    static void buildGoodOutput() {
        goodDist = shared.resolve("good-dist");
        Cli.Result r = Cli.run("build", "--data", TestDirs.MINIMAL_DATA.toString(), "--out", goodDist.toString(),
                "--ontology", TestDirs.ONTOLOGY.toString());
        assertEquals(0, r.exit(), "the minimal data directory must build: " + r);
        assertTrue(DirHash.of(goodDist).size() >= 6, "a good build writes every export and void.ttl");
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestDirs.BAD_CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        assertTrue(cases().count() >= 25, "at least 25 bad-input cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputFailsWithOneClearMessageAndWritesNothing(String name, @TempDir Path tmp) throws IOException {
        Path dir = TestDirs.BAD_CASES.resolve(name);
        Properties expected = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            expected.load(r);
        }
        Path ontology = Files.isDirectory(dir.resolve("ontology")) ? dir.resolve("ontology") : TestDirs.ONTOLOGY;
        Path dist = tmp.resolve("dist");
        String[] args = Arrays.stream(expected.getProperty("args", DEFAULT_ARGS).split(" "))
                .map(a -> a.replace("{data}", dir.resolve("data").toString()).replace("{out}", dist.toString())
                        .replace("{ontology}", ontology.toString()).replace("{case}", dir.toString()))
                .toArray(String[]::new);
        assertFailsCleanly(args, dist, Integer.parseInt(expected.getProperty("exit")), expected.getProperty("message"));
    }

    /** Over {@link TextFiles#MAX_BYTES}; made at run time as a sparse file so nothing big is committed or read. */
    @Test
    void hugeFileIsRefusedWithoutReadingIt(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        TestDirs.copyTree(TestDirs.MINIMAL_DATA, data);
        try (RandomAccessFile f = new RandomAccessFile(data.resolve("documents/sample-sheet/source.txt").toFile(), "rw")) {
            f.setLength(TextFiles.MAX_BYTES + 1);
        }
        Path dist = tmp.resolve("dist");
        assertFailsCleanly(new String[] {"build", "--data", data.toString(), "--out", dist.toString(), "--ontology",
                TestDirs.ONTOLOGY.toString()}, dist, 1,
                "data/documents/sample-sheet/source.txt: file is " + (TextFiles.MAX_BYTES + 1) + " bytes, over the limit");
    }

    private static void assertFailsCleanly(String[] args, Path dist, int exit, String message) {
        TestDirs.copyTree(goodDist, dist);
        SortedMap<String, String> before = DirHash.of(dist);
        Cli.Result r = Cli.run(args);
        List<String> problems = new ArrayList<>();
        if (r.exit() != exit)
            problems.add("exit code " + r.exit() + ", expected " + exit);
        if (!r.err().contains(message))
            problems.add("message lacks \"" + message + "\"");
        if (r.messageLines().size() != 1)
            problems.add(r.messageLines().size() + " 'factgraph:' lines on stderr, expected 1");
        if (r.hasStackTrace())
            problems.add("a stack trace was printed");
        assertTrue(problems.isEmpty(), String.join("; ", problems) + "\n" + r);
        assertFalse(r.out().contains("Wrote"), "a failed build must not claim to have written: " + r);
        assertEquals(before, DirHash.of(dist), "the output directory changed although the command failed");
    }
}
