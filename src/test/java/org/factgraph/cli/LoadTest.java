package org.factgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.factgraph.publish.Builder;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.store.GraphStoreLoader;
import org.factgraph.testing.FaultyProxy;
import org.factgraph.testing.RemoteStore;
import org.factgraph.testing.TestDirs;
import org.factgraph.validate.OntologyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code factgraph load} into a real second Fuseki, and how it fails. */
class LoadTest {
    private static final String TARGET = "http://example.org/graph/factgraph";
    private static final String UNRELATED = "http://example.org/unrelated";
    private static Map<String, Graph> built;
    private static Graph builtUnion;

    private RemoteStore remote;

    @BeforeAll
    static void buildExpected() {
        DatasetGraph dsg = new Builder(OntologyFiles.in(TestDirs.ONTOLOGY), Clock.systemUTC())
                .convert(TestDirs.MINIMAL_DATA, IriPolicy.DEFAULT_BASE).dataset();
        built = RemoteStore.snapshot(dsg);
        builtUnion = Txn.calculateRead(dsg, () -> {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
        assertTrue(built.size() > 5, "the minimal data makes several named graphs: " + built.keySet());
    }

    @BeforeEach
    void startRemote() {
        remote = new RemoteStore();
    }

    @AfterEach
    void stopRemote() {
        remote.close();
    }

    @Test
    void loadPutsEveryNamedGraph() {
        Cli.Result r = load(remote.gspEndpoint());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Loaded " + built.size() + " graph(s)"), r.toString());
        assertSameGraphs(built, remote.graphs());
    }

    @Test
    void loadWithUpdateEndpointMovesStagedGraphsIntoPlace() {
        Cli.Result r = load(remote.gspEndpoint(), "--update", remote.updateEndpoint());
        assertEquals(0, r.exit(), r.toString());
        assertSameGraphs(built, remote.graphs());
    }

    @Test
    void loadIntoOneGraphPutsTheUnion() {
        Cli.Result r = load(remote.gspEndpoint(), "--graph", TARGET);
        assertEquals(0, r.exit(), r.toString());
        Map<String, Graph> graphs = remote.graphs();
        assertEquals(List.of(TARGET), List.copyOf(graphs.keySet()));
        assertTrue(graphs.get(TARGET).isIsomorphicWith(builtUnion), "the target graph is not the union");
    }

    @Test
    void loadingAgainReplacesRatherThanAddsAndLeavesOtherGraphsAlone() {
        Map<String, Graph> before = addOldContent();
        assertEquals(0, load(remote.gspEndpoint()).exit());
        assertEquals(0, load(remote.gspEndpoint()).exit());
        Map<String, Graph> expected = new java.util.TreeMap<>(built);
        expected.put(UNRELATED, before.get(UNRELATED));
        assertSameGraphs(expected, remote.graphs());
    }

    @Test
    void connectionRefusedIsAnIoFailureWithAClearMessage() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Cli.Result r = load("http://localhost:" + port + "/ds/data");
        assertEquals(3, r.exit(), r.toString());
        assertEquals(List.of("factgraph: loading into http://localhost:" + port + "/ds/data failed: connection refused;"
                + " is the store running and the URL right?; no target graph was changed"), r.messageLines());
        assertFalse(r.hasStackTrace(), r.toString());
    }

    @Test
    void serverErrorIsAnIoFailureNamingTheStatus() {
        try (FaultyProxy broken = FaultyProxy.alwaysFailing()) {
            Cli.Result r = load(broken.base() + "/ds/data");
            assertEquals(3, r.exit(), r.toString());
            assertEquals(1, r.messageLines().size(), r.toString());
            assertTrue(r.err().contains("the store answered HTTP 500"), r.toString());
            assertTrue(r.err().contains("injected failure"), "the body of the answer is shown: " + r);
            assertFalse(r.hasStackTrace(), r.toString());
        }
    }

    @Test
    void aFailureWhileStagingLeavesTheTargetsUntouchedAndNoTemporaries() {
        Map<String, Graph> before = addOldContent();
        // The third PUT fails: two temporary graphs were written by then.
        try (FaultyProxy proxy = new FaultyProxy(remote.base().replaceFirst("/ds$", ""),
                (ex, n) -> ex.getRequestMethod().equals("PUT") && n == 2)) {
            Cli.Result r = load(proxy.base() + "/ds/data");
            assertEquals(3, r.exit(), r.toString());
            assertTrue(r.err().contains("HTTP 500"), r.toString());
            assertTrue(r.err().contains("; no target graph was changed"), r.toString());
            assertEquals(1, proxy.failed());
        }
        assertSameGraphs(before, remote.graphs());
    }

    @Test
    void aFailedMoveLeavesTheTargetsUntouchedAndNoTemporaries() {
        Map<String, Graph> before = addOldContent();
        try (FaultyProxy proxy = new FaultyProxy(remote.base().replaceFirst("/ds$", ""),
                (ex, n) -> ex.getRequestURI().getPath().endsWith("/update"))) {
            Cli.Result r = load(proxy.base() + "/ds/data", "--update", proxy.base() + "/ds/update");
            assertEquals(3, r.exit(), r.toString());
            assertTrue(r.err().contains("the store refused to move the staged graphs into place"), r.toString());
            assertEquals(1, proxy.failed(), "only the MOVE request failed");
        }
        assertSameGraphs(before, remote.graphs());
    }

    /** Without an update endpoint the targets are replaced one PUT at a time; a failure there is reported as such. */
    @Test
    void aFailureWhileReplacingSaysHowManyTargetsAreNew() {
        // PUTs 0..n-1 stage the graphs, PUT n replaces the first target, PUT n+1 fails.
        int n = built.size();
        try (FaultyProxy proxy = new FaultyProxy(remote.base().replaceFirst("/ds$", ""),
                (ex, k) -> ex.getRequestMethod().equals("PUT") && k == n + 1)) {
            Cli.Result r = load(proxy.base() + "/ds/data");
            assertEquals(3, r.exit(), r.toString());
            assertTrue(r.err().contains("1 of " + n + " target graphs were already replaced, the others hold their old"
                    + " content; run load again"), r.toString());
        }
        Map<String, Graph> after = remote.graphs();
        assertEquals(1, after.size(), "only the first target was written, and no temporary graph is left: " + after.keySet());
        String first = after.keySet().iterator().next();
        assertTrue(after.get(first).isIsomorphicWith(built.get(first)), "the replaced graph is whole");
    }

    @Test
    void badUrlsAndIrisAreUsageErrors() {
        for (String[] args : new String[][] {{"not a url"}, {"ftp://example.org/ds"},
                {remote.gspEndpoint(), "--graph", "not an iri"}, {remote.gspEndpoint(), "--update", "urn:x"}}) {
            Cli.Result r = load(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
            assertEquals(2, r.exit(), r.toString());
            assertEquals(1, r.messageLines().size(), r.toString());
        }
        assertTrue(remote.graphs().isEmpty());
    }

    @Test
    void stagingUsesTemporaryGraphsOnly() {
        List<String> seen = new ArrayList<>();
        try (FaultyProxy proxy = new FaultyProxy(remote.base().replaceFirst("/ds$", ""), (ex, n) -> {
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI().getQuery());
            return false;
        })) {
            assertEquals(0, load(proxy.base() + "/ds/data", "--update", proxy.base() + "/ds/update").exit());
        }
        long puts = seen.stream().filter(s -> s.startsWith("PUT ")).count();
        assertEquals(built.size(), puts, seen.toString());
        assertTrue(seen.stream().filter(s -> s.startsWith("PUT ")).allMatch(s -> s.contains(GraphStoreLoader.TMP_PREFIX)),
                "every PUT went to a temporary graph: " + seen);
        assertSameGraphs(built, remote.graphs());
    }

    /** Puts one old triple into each graph the load will write, and one in an unrelated graph; returns the state. */
    private Map<String, Graph> addOldContent() {
        DatasetGraph dsg = remote.dataset();
        Txn.executeWrite(dsg, () -> {
            for (String g : List.of(built.keySet().iterator().next(), UNRELATED))
                dsg.add(new Quad(NodeFactory.createURI(g), NodeFactory.createURI("urn:test:s"),
                        NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("old")));
        });
        return remote.graphs();
    }

    private static Cli.Result load(String endpoint, String... more) {
        List<String> args = new ArrayList<>(List.of("load", "--data", TestDirs.MINIMAL_DATA.toString(), "--ontology",
                TestDirs.ONTOLOGY.toString(), "--endpoint", endpoint));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertSameGraphs(Map<String, Graph> expected, Map<String, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "graph names differ");
        expected.forEach((name, g) -> assertTrue(g.isIsomorphicWith(actual.get(name)), "graph " + name + " differs"));
    }
}
