package org.factgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 store on disk holding the published dataset, with the union of the named graphs as its default graph.
 * {@link #replace} swaps the whole content in one write transaction: readers see the old graph or the new one.
 */
public final class TdbStore implements AutoCloseable {
    private static final int DELETE_BATCH = 100_000;

    private final DatasetGraph dsg;
    private final boolean inMemory;

    private TdbStore(DatasetGraph dsg, boolean inMemory) {
        this.dsg = dsg;
        this.inMemory = inMemory;
    }

    public static TdbStore open(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().toString()));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(dsg, false);
    }

    /** A store in memory, for running queries over a freshly built graph with the same semantics as on disk. */
    public static TdbStore inMemory() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(dsg, true);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /**
     * Replaces everything with the quads of {@code source}, atomically. An empty store on disk is filled with TDB2's
     * bulk loader (the phased loader of {@code tdb2.tdbloader}, which commits once at the end: readers see nothing,
     * then everything); a store with content is cleared and refilled in one write transaction.
     */
    public void replace(DatasetGraph source) {
        replace(out -> source.find().forEachRemaining(out::quad));
    }

    /**
     * Replaces everything with the quads of an RDF file (TriG or N-Quads; the syntax is told by the file name), read
     * as a stream, so the graph is never held in memory: how {@code serve} loads data too large for that. Atomic as
     * {@link #replace(DatasetGraph)}; a file that does not parse leaves the store as it was.
     */
    public void replace(Path file) {
        replace(out -> RDFParser.source(file).parse(new StreamRDFWrapper(out) {
            @Override
            public void start() {}

            @Override
            public void finish() {}
        }));
    }

    private void replace(Consumer<StreamRDF> source) {
        if (!inMemory && Txn.calculateRead(dsg, dsg::isEmpty)) {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> {});
            loader.startBulk();
            try {
                source.accept(loader.stream());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return;
        }
        Txn.executeWrite(dsg, () -> {
            deleteAllRows();
            source.accept(StreamRDFLib.dataset(dsg));
        });
    }

    /**
     * Empties the store inside the caller's write transaction. Not {@code dsg.clear()}: that finds the quads as
     * nodes and deletes them by node, but TDB2 reads an inlined decimal such as {@code "30"^^xsd:decimal} back as
     * {@code "30.0"}, which it encodes to another id, so such quads were never deleted and outlived every replace.
     * Deleting the stored rows by their ids removes everything, a batch at a time so a large store is never held
     * in memory.
     */
    private void deleteAllRows() {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        for (NodeTupleTable table : List.of(tdb.getQuadTable().getNodeTupleTable(),
                tdb.getTripleTable().getNodeTupleTable())) {
            List<Tuple<NodeId>> rows;
            while (!(rows = Iter.take(table.findAll(), DELETE_BATCH)).isEmpty())
                table.getTupleTable().deleteAll(rows);
        }
    }

    /**
     * How many write transactions have committed on {@code dataset}, if it is a TDB2 dataset: it grows with every
     * change, whichever way it came (a reload, a SPARQL Update, a Graph Store write), so what was derived from
     * the data can be keyed by it.
     */
    public static OptionalLong dataVersion(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset))
            return OptionalLong.empty();
        // A read transaction starts at the latest commit and knows its version; the version only moves on once a
        // commit is visible to transactions that start after it.
        return OptionalLong.of(Txn.calculateRead(dataset,
                () -> TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem().getThreadTransaction().getDataVersion()));
    }

    /** Number of quads stored. */
    public long size() {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
