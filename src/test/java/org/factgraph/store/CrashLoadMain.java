package org.factgraph.store;

import java.nio.file.Path;
import java.time.Clock;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.factgraph.publish.Builder;
import org.factgraph.validate.OntologyFiles;

/**
 * Child process for {@link CrashSafetyTest}: {@code seed DIR} loads the seed graph and exits; {@code big DIR N}
 * prints {@code LOADING} and replaces the store with N synthetic quads, slowly enough to be killed mid-way.
 */
public final class CrashLoadMain {
    public static void main(String[] args) {
        Path dir = Path.of(args[1]);
        DatasetGraph source;
        if (args[0].equals("seed")) {
            source = new Builder(OntologyFiles.in(Path.of("ontology")), Clock.systemUTC())
                    .convert(Path.of("data"), "http://example.org/").dataset();
        } else {
            source = DatasetGraphFactory.createTxnMem();
            int n = Integer.parseInt(args[2]);
            for (int i = 0; i < n; i++)
                source.add(Quad.create(NodeFactory.createURI("http://example.org/g" + (i % 1000)),
                        NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"),
                        NodeFactory.createLiteralString("value " + i)));
        }
        try (TdbStore store = TdbStore.open(dir)) {
            System.out.println("LOADING");
            System.out.flush();
            store.replace(source);
            System.out.println("DONE " + store.size());
        }
    }
}
