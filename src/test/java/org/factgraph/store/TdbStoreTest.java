package org.factgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
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

    @Test
    void replaceEmptiesAStoreLargerThanOneDeleteBatch() {
        DatasetGraph big = DatasetGraphFactory.create();
        for (int i = 0; i < 250_000; i++)
            big.add(new Quad(G, S, P, NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
        DatasetGraph small = dataset(NodeFactory.createLiteralString("last"));
        try (TdbStore store = TdbStore.inMemory()) {
            store.replace(big);
            assertEquals(250_000, store.size());
            store.replace(small);
            assertEquals(quads(small), quads(store.dataset()));
        }
    }

    @Test
    void replaceFromAFileFillsAnEmptyStoreAndReplacesAFullOne(@TempDir Path dir) throws IOException {
        DatasetGraph first = dataset(NodeFactory.createLiteralString("a"), NodeFactory.createLiteralString("b"));
        DatasetGraph second = dataset(NodeFactory.createLiteralDT("2.5", XSDDatatype.XSDdecimal));
        try (TdbStore store = TdbStore.open(dir.resolve("tdb2"))) {
            store.replace(write(first, dir.resolve("first.trig"), Lang.TRIG));
            assertEquals(quads(first), quads(store.dataset()));
            store.replace(write(second, dir.resolve("second.nq"), Lang.NQUADS));
            assertEquals(quads(second), quads(store.dataset()));
        }
    }

    @Test
    void aFileThatBreaksOffLeavesTheStoreAsItWas(@TempDir Path dir) throws IOException {
        DatasetGraph kept = dataset(NodeFactory.createLiteralString("kept"));
        Path broken = Files.writeString(dir.resolve("broken.nq"),
                "<urn:test:s> <urn:test:p> \"new\" <urn:test:g> .\n<urn:test:s> <urn:test:p> \"unterminated <urn:test:g> .\n");
        try (TdbStore empty = TdbStore.open(dir.resolve("empty"))) {
            assertThrows(RuntimeException.class, () -> empty.replace(broken));
            assertEquals(0, empty.size(), "the bulk load into an empty store was not undone");
        }
        try (TdbStore store = TdbStore.open(dir.resolve("full"))) {
            store.replace(kept);
            assertThrows(RuntimeException.class, () -> store.replace(broken));
            assertEquals(quads(kept), quads(store.dataset()));
        }
    }

    private static Path write(DatasetGraph dsg, Path file, Lang lang) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, dsg, lang);
        }
        return file;
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
