package org.factgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.factgraph.publish.Builder;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.store.GraphStoreLoader;
import org.factgraph.testing.RemoteStore;
import org.factgraph.testing.TestDirs;
import org.factgraph.testing.Virtuoso;
import org.factgraph.validate.OntologyFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factgraph load} into a real Virtuoso through its digest-authenticated Graph Store endpoint. */
class VirtuosoLoadTest {
    @TempDir
    static Path dir;
    static Virtuoso virtuoso;
    static Path passwordFile;
    static Map<String, Graph> built;

    @BeforeAll
    static void start() throws Exception {
        var binary = Virtuoso.binary();
        Assumptions.assumeTrue(binary.isPresent(), "virtuoso-t not installed");
        Files.createDirectories(dir.resolve("db"));
        virtuoso = new Virtuoso(binary.get(), dir.resolve("db"));
        passwordFile = Files.writeString(dir.resolve("password"), "dba\n");
        DatasetGraph dsg = new Builder(OntologyFiles.in(TestDirs.ONTOLOGY), Clock.systemUTC())
                .convert(TestDirs.MINIMAL_DATA, IriPolicy.DEFAULT_BASE).dataset();
        built = RemoteStore.snapshot(dsg);
    }

    @AfterAll
    static void stop() {
        if (virtuoso != null)
            virtuoso.close();
    }

    @Test
    void loadsEveryGraphWithDigestAuthentication() throws Exception {
        Cli.Result r = load("--user", "dba", "--password-file", passwordFile.toString());
        assertEquals(0, r.exit(), r.toString());
        long total = 0;
        for (var e : built.entrySet()) {
            assertEquals(e.getValue().size(), virtuoso.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + e.getKey()
                    + "> { ?s ?p ?o } }"), "triples in " + e.getKey());
            total += e.getValue().size();
        }
        assertTrue(total > 100);
        assertEquals(0, virtuoso.count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
                + GraphStoreLoader.TMP_PREFIX + "\")) }"), "temporary graphs were left behind");
    }

    @Test
    void loadsTheUnionIntoOneGraph() throws Exception {
        String target = "http://example.org/graph/virtuoso-union";
        Cli.Result r = load("--user", "dba", "--password-file", passwordFile.toString(), "--graph", target);
        assertEquals(0, r.exit(), r.toString());
        long distinct = built.values().stream().flatMap(g -> g.find().toList().stream()).distinct().count();
        assertEquals(distinct, virtuoso.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + target + "> { ?s ?p ?o } }"));
    }

    @Test
    void movesStagedGraphsIntoPlaceThroughTheUpdateEndpoint() throws Exception {
        String target = "http://example.org/graph/virtuoso-moved";
        Cli.Result r = load("--user", "dba", "--password-file", passwordFile.toString(), "--graph", target,
                "--update", virtuoso.base() + "/sparql-auth");
        assertEquals(0, r.exit(), r.toString());
        long distinct = built.values().stream().flatMap(g -> g.find().toList().stream()).distinct().count();
        assertEquals(distinct, virtuoso.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + target + "> { ?s ?p ?o } }"));
        assertEquals(0, virtuoso.count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
                + GraphStoreLoader.TMP_PREFIX + "\")) }"), "temporary graphs were left behind");
    }

    @Test
    void aWrongPasswordIsAnIoFailure() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "not-the-password\n");
        Cli.Result r = load("--user", "dba", "--password-file", wrong.toString(), "--graph", "http://example.org/never");
        assertEquals(3, r.exit(), r.toString());
        assertEquals(1, r.messageLines().size(), r.toString());
        assertTrue(r.err().contains("HTTP 401"), r.toString());
        assertFalse(r.hasStackTrace(), r.toString());
        assertEquals(0, virtuoso.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/never> { ?s ?p ?o } }"));
    }

    private static Cli.Result load(String... more) {
        String[] args = {"load", "--data", TestDirs.MINIMAL_DATA.toString(), "--ontology", TestDirs.ONTOLOGY.toString(),
                "--endpoint", virtuoso.gspEndpoint()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }
}
