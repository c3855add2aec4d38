package org.factgraph.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Pushes a dataset into any SPARQL 1.1 Graph Store Protocol endpoint: each named graph is PUT (replacing it), or,
 * with a target graph, the union of all graphs is PUT into that one graph.
 */
public final class GraphStoreLoader {
    private final String endpoint;
    private final HttpClient http;

    public GraphStoreLoader(String endpoint, String user, char[] password, Duration timeout) {
        this.endpoint = endpoint;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(timeout);
        if (user != null)
            b.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        this.http = b.build();
    }

    /** Returns the number of graphs written. */
    public int load(DatasetGraph dataset, String targetGraph) {
        try (RDFLink link = RDFLinkHTTP.newBuilder().destination(endpoint).gspEndpoint("").httpClient(http).build()) {
            if (targetGraph != null) {
                link.put(org.apache.jena.graph.NodeFactory.createURI(targetGraph), dataset.getUnionGraph());
                return 1;
            }
            int n = 0;
            for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); n++) {
                Node name = it.next();
                Graph g = dataset.getGraph(name);
                link.put(name, g);
            }
            return n;
        }
    }
}
