package org.factgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.factgraph.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user meets it: help, version, usage errors, validate, export and query. */
class CliTest {
    private static final String MINIMAL = TestDirs.MINIMAL_DATA.toString();
    private static final String ONTOLOGY = TestDirs.ONTOLOGY.toString();

    @ParameterizedTest
    @ValueSource(strings = {"build", "validate", "query", "export", "serve", "load"})
    void everySubcommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Usage: factgraph " + command), r.toString());
        assertTrue(r.out().contains("--verbose"), "every command documents --verbose: " + r);
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "validate", "query", "export", "serve", "load"})
    void everySubcommandHasVersion(String command) {
        Cli.Result r = Cli.run(command, "--version");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().matches("(?s)factgraph \\d+\\.\\d+\\.\\d+ \\(Apache Jena \\S+, Java \\S+\\)\\R"), r.toString());
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit());
        for (String s : new String[] {"build", "validate", "query", "export", "serve", "load", "Exit codes:", "70"})
            assertTrue(r.out().contains(s), s + " missing from:\n" + r.out());
        assertEquals(0, Cli.run("help", "build").exit());
        assertEquals(0, Cli.run("--version").exit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "validate", "query", "export", "serve", "load"})
    void unknownOptionIsAUsageError(String command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(switch (command) { // what else the command requires, so that only the option is wrong
            case "query" -> List.of("x.rq");
            case "export" -> List.of("--format", "turtle");
            case "load" -> List.of("--endpoint", "http://localhost:1/ds");
            default -> List.<String>of();
        });
        args.add("--no-such-option");
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("Unknown option: '--no-such-option'"), r.toString());
        assertFalse(r.hasStackTrace(), r.toString());
    }

    @Test
    void missingCommandOrArgumentIsAUsageError() {
        assertEquals(2, Cli.run().exit());
        assertEquals(2, Cli.run("no-such-command").exit());
        assertEquals(2, Cli.run("export").exit(), "--format is required");
        assertEquals(2, Cli.run("load").exit(), "--endpoint is required");
        assertEquals(2, Cli.run("serve", "--port", "http").exit());
    }

    @Test
    void servePageOptionsOutOfRangeAreUsageErrorsNamingTheOption() {
        Cli.Result size = Cli.run("serve", "--data", MINIMAL, "--ontology", ONTOLOGY, "--port", "0", "--page-size", "0");
        assertEquals(2, size.exit(), size.toString());
        assertTrue(size.err().contains("--page-size must be at least 1: 0"), size.toString());
        Cli.Result cache = Cli.run("serve", "--data", MINIMAL, "--ontology", ONTOLOGY, "--port", "0", "--page-cache", "-1");
        assertEquals(2, cache.exit(), cache.toString());
        assertTrue(cache.err().contains("--page-cache"), cache.toString());
        assertFalse(size.hasStackTrace() || cache.hasStackTrace());
    }

    @Test
    void validateConformsOnTheSeedData() {
        Cli.Result r = Cli.run("validate", "--data", TestDirs.REAL_DATA.toString(), "--ontology", ONTOLOGY);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Conforms: no SHACL violations."), r.toString());
    }

    @Test
    void validateReportsViolationsWithExitOne() {
        Path data = TestDirs.BAD_CASES.resolve("shacl-post-without-holder/data");
        Cli.Result r = Cli.run("validate", "--data", data.toString(), "--ontology", ONTOLOGY);
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("1 SHACL violation(s)") && r.out().contains("post/us-secretary-of-state"), r.toString());
    }

    @Test
    void exportTurtleToAFileParsesToTheBuiltGraph(@TempDir Path tmp) {
        Path ttl = tmp.resolve("out/graph.ttl");
        Cli.Result r = Cli.run("export", "--data", MINIMAL, "--ontology", ONTOLOGY, "--format", "turtle", "--out",
                ttl.toString());
        assertEquals(0, r.exit(), r.toString());
        Graph exported = parse(ttl, Lang.TURTLE);

        Path dist = tmp.resolve("dist");
        assertEquals(0, Cli.run("build", "--data", MINIMAL, "--ontology", ONTOLOGY, "--out", dist.toString()).exit());
        Graph built = parse(dist.resolve("factgraph.nt"), Lang.NTRIPLES);
        assertTrue(exported.size() > 100, "the minimal graph has well over 100 triples: " + exported.size());
        assertTrue(exported.isIsomorphicWith(built), "export --format turtle differs from build's factgraph.nt");
    }

    @Test
    void exportToStandardOutput() {
        Cli.Result r = Cli.runCapturingStdout("export", "--data", MINIMAL, "--ontology", ONTOLOGY, "--format", "ntriples");
        assertEquals(0, r.exit(), r.toString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.NTRIPLES).parse(g);
        assertTrue(g.size() > 100, "stdout holds the graph: " + g.size());
    }

    @Test
    void queryByFileAndByName(@TempDir Path queries) throws IOException {
        Files.writeString(queries.resolve("statements.rq"), """
                # How many statements does the data make?
                PREFIX fg: <https://w3id.org/factgraph/ns#>
                SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a fg:Statement }
                """);
        Cli.Result byFile = Cli.runCapturingStdout("query", queries.resolve("statements.rq").toString(), "--data",
                MINIMAL, "--ontology", ONTOLOGY, "--format", "csv");
        assertEquals(0, byFile.exit(), byFile.toString());
        assertEquals("n\r\n3\r\n", byFile.out(), "the minimal data has 3 statements");

        Cli.Result byName = Cli.runCapturingStdout("query", "statements", "--queries", queries.toString(), "--data",
                MINIMAL, "--ontology", ONTOLOGY, "--format", "csv");
        assertEquals(0, byName.exit(), byName.toString());
        assertEquals(byFile.out(), byName.out());
    }

    @Test
    void queryErrorsAreReported(@TempDir Path queries) {
        Cli.Result missing = Cli.runCapturingStdout("query", "nope", "--queries", queries.toString(), "--data", MINIMAL);
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("nope.rq: no such query file"), missing.toString());
        Cli.Result format = Cli.runCapturingStdout("query", "x.rq", "--format", "xml", "--data", MINIMAL);
        assertEquals(2, format.exit(), format.toString());
        assertTrue(format.err().contains("unknown --format 'xml'"), format.toString());
    }

    @Test
    void queryingAnEndpointThatIsDownIsAnIoFailure(@TempDir Path queries) throws IOException {
        Path q = Files.writeString(queries.resolve("ask.rq"), "ASK { ?s ?p ?o }\n");
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String endpoint = "http://localhost:" + port + "/ds/sparql";
        Cli.Result r = Cli.runCapturingStdout("query", q.toString(), "--endpoint", endpoint);
        assertEquals(3, r.exit(), r.toString());
        assertEquals(List.of("factgraph: querying " + endpoint + " failed: connection refused; is the store running and"
                + " the URL right?"), r.messageLines());
    }

    @Test
    void serveOnAPortInUseFailsWithAClearMessage(@TempDir Path tmp) throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli.Result r = Cli.run("serve", "--data", MINIMAL, "--ontology", ONTOLOGY, "--port",
                    String.valueOf(taken.getLocalPort()), "--store", tmp.resolve("store").toString());
            assertEquals(3, r.exit(), r.toString());
            assertEquals(List.of("factgraph: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use;"
                    + " stop the other server or pick another with --port (0 picks a free one)"), r.messageLines());
            assertFalse(r.hasStackTrace(), r.toString());
        }
    }

    @Test
    void buildRefusesAFileAsOutputAndAMissingOntologyDirectory(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("dist"), "a file");
        Cli.Result r = Cli.run("build", "--data", MINIMAL, "--ontology", ONTOLOGY, "--out", file.toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals(List.of("factgraph: --out " + file + " is a file; give a directory (it is created if missing)"),
                r.messageLines());
        assertEquals("a file", Files.readString(file));

        Path missing = tmp.resolve("no-ontology");
        Cli.Result m = Cli.run("validate", "--data", MINIMAL, "--ontology", missing.toString());
        assertEquals(2, m.exit(), m.toString());
        assertTrue(m.err().contains("--ontology " + missing + ": no such directory"), m.toString());
    }

    @Test
    void serveRefusesAFileAsStore(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("store"), "not a directory");
        Cli.Result r = Cli.run("serve", "--data", MINIMAL, "--ontology", ONTOLOGY, "--port", "0", "--store", file.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("--store " + file + " is a file"), r.toString());
        assertEquals("not a directory", Files.readString(file), "the file was changed");
    }

    private static Graph parse(Path file, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(lang).parse(g);
        return g;
    }
}
