package org.factgraph.testing;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** A second, writable embedded Fuseki on a free port with an in-memory dataset at {@code /ds}: a remote store. */
public final class RemoteStore implements AutoCloseable {
    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final FusekiServer server;

    public RemoteStore() {
        server = FusekiServer.create().port(0).loopback(true).add("/ds", dataset, true).build().start();
    }

    public String base() {
        return "http://localhost:" + server.getHttpPort() + "/ds";
    }

    public String gspEndpoint() {
        return base() + "/data";
    }

    public String updateEndpoint() {
        return base() + "/update";
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** A copy of every named graph, by name. */
    public Map<String, Graph> graphs() {
        return snapshot(dataset);
    }

    public static Map<String, Graph> snapshot(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Graph> out = new TreeMap<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext();) {
                Node name = it.next();
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEachRemaining(copy::add);
                if (!copy.isEmpty())
                    out.put(name.getURI(), copy);
            }
            return out;
        });
    }

    @Override
    public void close() {
        server.stop();
    }
}
