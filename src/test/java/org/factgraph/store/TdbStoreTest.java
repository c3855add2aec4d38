package org.factgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
    private static final Node G = NodeFactory.createURI("urn:test:g");
    private static final Node S = NodeFactory.createURI("urn:test:s");
    private static final Node P = NodeFactory.createURI("urn:test:p");

    /** Regression: TDB2's clear() left quads whose object is a decimal not in canonical form ("30", not "30.0"). */
    @Test
    void replaceRemovesEveryOldQuadOnDisk(@TempDir Path dir) {
        DatasetGraph second = dataset(NodeFactory.createLiteralString("new"));
        try (TdbStore store = TdbStore.open(dir.resolve("tdb2"))) {
            store.replace(dataset(NodeFactory.createLiteralDT("30", XSDDatatype.XSDdecimal),
                    NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger), NodeFactory.createLiteralString("old")));
            assertEquals(3, store.size());
            store.replace(second);
            assertEquals(quads(second), quads(store.dataset()));
        }
        try (TdbStore reopened = TdbStore.open(dir.resolve("tdb2"))) {
            assertEquals(quads(second), quads(reopened.dataset()), "the replace was not durable");
        }
    }

    @Test
    void replaceRemovesEveryOldQuadInMemory() {
        try (TdbStore store = TdbStore.inMemory()) {
            store.replace(dataset(NodeFactory.createLiteralDT("2000000000", XSDDatatype.XSDdecimal)));
            store.replace(DatasetGraphFactory.createTxnMem());
            assertEquals(0, store.size());
        }
    }

    private static DatasetGraph dataset(Node... objects) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Node o : objects)
            dsg.add(new Quad(G, S, P, o));
        return dsg;
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }
}
