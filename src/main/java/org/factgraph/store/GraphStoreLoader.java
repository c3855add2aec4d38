package org.factgraph.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Pushes a dataset into any SPARQL 1.1 Graph Store Protocol endpoint: each named graph replaces the graph of the
 * same name, or, with a target graph, the union of all graphs replaces that one graph.
 *
 * <p><b>Guarantee: a load never leaves a half-written graph, and a failure before the switch-over leaves every
 * target graph untouched.</b> A load runs in two phases:
 * <ol>
 * <li><i>Staging</i>: every graph is PUT into a temporary graph {@code urn:factgraph:tmp:<random>:<n>}. Target
 * graphs are not touched. If any PUT fails (connection refused, an HTTP error, a timeout), the temporaries already
 * written are deleted (best effort: if the store is unreachable they stay behind, recognisable by their
 * {@code urn:factgraph:tmp:} names) and the load fails.</li>
 * <li><i>Switch-over</i>, only once every temporary graph is complete: with a SPARQL Update endpoint, one update
 * request {@code MOVE <tmp1> TO <g1> ; MOVE <tmp2> TO <g2> ; ...}, which stores such as Fuseki apply in one
 * transaction, so all targets change together or none does. Without one, each target graph is PUT again from the
 * same content and the temporaries are deleted; every PUT replaces a whole graph, so each target holds its old
 * content or its new content, but if the store fails in this phase some targets may already be new while others
 * are still old.</li>
 * </ol>
 */
public final class GraphStoreLoader {
    public static final String TMP_PREFIX = "urn:factgraph:tmp:";
    /** How often a PUT that failed below HTTP is tried in all. */
    static final int ATTEMPTS = 3;

    /** In which phase a load failed, and so what became of the target graphs. */
    public enum Phase {
        /** Writing the temporary graphs: no target graph was touched. */
        STAGING,
        /** The one MOVE request: a transactional store changed no target graph. */
        MOVE,
        /** Replacing the targets one PUT at a time: {@link Failure#replaced()} of them hold the new content. */
        REPLACE
    }

    /** A failed load: the phase, how many target graphs were already replaced, and the store's error as cause. */
    public static final class Failure extends RuntimeException {
        private final Phase phase;
        private final int replaced;
        private final int total;

        Failure(Phase phase, int replaced, int total, RuntimeException cause) {
            super(phase + " failed after " + replaced + " of " + total + " target graphs were replaced: "
                    + cause.getMessage() + rootCause(cause), cause);
            this.phase = phase;
            this.replaced = replaced;
            this.total = total;
        }

        /** The innermost cause's message (e.g. "Connection reset") when the outer one does not already say it. */
        private static String rootCause(Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root)
                root = root.getCause();
            String m = root.getMessage();
            return root == t || m == null || String.valueOf(t.getMessage()).contains(m) ? "" : " (" + m + ")";
        }

        public Phase phase() {
            return phase;
        }

        public int replaced() {
            return replaced;
        }

        public int total() {
            return total;
        }
    }

    private final String endpoint;
    private final String updateEndpoint;
    private final HttpClient http;
    private final boolean credentials;

    /**
     * @param endpoint       Graph Store Protocol endpoint, e.g. {@code http://host:3030/ds/data}
     * @param updateEndpoint SPARQL Update endpoint of the same store for an all-or-nothing switch-over, or null
     * @param user           user for HTTP basic or digest authentication, or null
     */
    public GraphStoreLoader(String endpoint, String updateEndpoint, String user, char[] password, Duration timeout) {
        this.endpoint = endpoint;
        this.updateEndpoint = updateEndpoint;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.credentials = user != null;
        if (user != null) {
            // Jena keeps the authentication that answered an earlier challenge (a digest nonce and its password)
            // and reuses it before the registration below: a stale one would send old credentials.
            AuthEnv.get().clearActiveAuthentication();
            String pwd = new String(password);
            AuthEnv.get().registerUsernamePassword(URI.create(endpoint), user, pwd);
            if (updateEndpoint != null)
                AuthEnv.get().registerUsernamePassword(URI.create(updateEndpoint), user, pwd);
        }
    }

    public GraphStoreLoader(String endpoint, String user, char[] password, Duration timeout) {
        this(endpoint, null, user, password, timeout);
    }

    /**
     * Loads as described in the class comment; returns the number of target graphs written.
     *
     * @throws Failure naming the phase that failed, with the store's error as its cause
     */
    public int load(DatasetGraph dataset, String targetGraph) {
        Map<Node, Graph> targets = targets(dataset, targetGraph);
        Map<Node, Node> staged = new LinkedHashMap<>(); // target -> temporary
        String run = TMP_PREFIX + UUID.randomUUID() + ":";
        try {
            int n = 0;
            for (var e : targets.entrySet()) {
                Node tmp = NodeFactory.createURI(run + (++n));
                staged.put(e.getKey(), tmp); // before the PUT: a PUT failing half-way may have created it
                if (n == 1 && credentials)
                    // settles the authentication with a request whose body is sent whole before the server
                    // answers: refused credentials then come back as HTTP 401, not as a connection closed mid-body
                    put(tmp, GraphFactory.createDefaultGraph());
                put(tmp, e.getValue());
            }
        } catch (RuntimeException e) {
            deleteQuietly(staged.values(), e);
            throw new Failure(Phase.STAGING, 0, targets.size(), e);
        }
        if (updateEndpoint != null)
            moveAll(staged);
        else
            putAll(targets, staged);
        return targets.size();
    }

    /** The graphs to write, by target name. */
    private static Map<Node, Graph> targets(DatasetGraph dataset, String targetGraph) {
        Map<Node, Graph> out = new LinkedHashMap<>();
        if (targetGraph != null) {
            out.put(NodeFactory.createURI(targetGraph), dataset.getUnionGraph());
            return out;
        }
        for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext();) {
            Node name = it.next();
            out.put(name, dataset.getGraph(name));
        }
        return out;
    }

    private void moveAll(Map<Node, Node> staged) {
        List<String> moves = new ArrayList<>();
        staged.forEach((target, tmp) -> moves.add("MOVE " + FmtUtils.stringForNode(tmp) + " TO "
                + FmtUtils.stringForNode(target)));
        try {
            UpdateExecHTTP.service(updateEndpoint).httpClient(http).updateString(String.join(" ;\n", moves))
                    .build().execute();
        } catch (RuntimeException e) {
            deleteQuietly(staged.values(), e);
            throw new Failure(Phase.MOVE, 0, staged.size(), e);
        }
    }

    private void putAll(Map<Node, Graph> targets, Map<Node, Node> staged) {
        int replaced = 0;
        try {
            for (var e : targets.entrySet()) {
                put(e.getKey(), e.getValue());
                replaced++;
            }
        } catch (RuntimeException e) {
            deleteQuietly(staged.values(), e);
            throw new Failure(Phase.REPLACE, replaced, targets.size(), e);
        }
        deleteQuietly(staged.values(), null);
    }

    private void deleteQuietly(Iterable<Node> graphs, RuntimeException failure) {
        for (Node g : graphs)
            try {
                gsp().graphName(g).DELETE();
            } catch (RuntimeException e) {
                if (failure != null)
                    failure.addSuppressed(e);
            }
    }

    /**
     * PUT is idempotent, so a PUT that failed below HTTP (the connection closed while the body was still going out,
     * as a server answering an authentication challenge may do) is sent again, up to {@link #ATTEMPTS} times.
     */
    private void put(Node graph, Graph content) {
        for (int attempt = 1;; attempt++) {
            try {
                gsp().graphName(graph).PUT(content);
                return;
            } catch (org.apache.jena.atlas.web.HttpException e) {
                if (e.getStatusCode() > 0 || attempt >= ATTEMPTS)
                    throw e;
            }
        }
    }

    private GSP gsp() {
        return GSP.service(endpoint).httpClient(http);
    }
}
