package org.factgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreBulkLoadTest {
    @TempDir
    Path tmp;

    private static DatasetGraph data(String tag, int n) {
        DatasetGraph ds = DatasetGraphFactory.create();
        for (int i = 0; i < n; i++)
            ds.add(NodeFactory.createURI("http://ex/g" + (i % 3)), NodeFactory.createURI("http://ex/" + tag + i),
                    NodeFactory.createURI("http://ex/p"), NodeFactory.createLiteralString(tag + i));
        return ds;
    }

    private static Set<Quad> quads(DatasetGraph ds) {
        Set<Quad> s = new HashSet<>();
        Txn.executeRead(ds, () -> ds.find().forEachRemaining(s::add));
        return s;
    }

    @Test
    void bulkLoadIntoAnEmptyStoreThenTransactionalReplace() {
        try (TdbStore store = TdbStore.open(tmp.resolve("tdb"))) {
            DatasetGraph first = data("a", 500);
            store.replace(first); // empty store: bulk loader
            assertEquals(quads(first), quads(store.dataset()));
            DatasetGraph second = data("b", 200);
            store.replace(second); // store with content: clear and refill in one transaction
            assertEquals(quads(second), quads(store.dataset()));
            assertEquals(200, store.size());
        }
        try (TdbStore again = TdbStore.open(tmp.resolve("tdb"))) {
            assertTrue(again.size() == 200, "content survives reopening");
        }
    }
}
