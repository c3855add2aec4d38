package org.factgraph.publish;

import java.io.OutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.factgraph.vocab.Prefixes;

/**
 * Writes a dataset too large to copy in an {@link RdfFormat}, as it is read: triple formats get the triples of the
 * dataset's union graph, Turtle and TriG are written in blocks, RDF/XML plain. JSON-LD needs the whole graph in
 * memory and cannot be written this way. Call inside a read transaction on a store whose union graph has no
 * duplicate triples (TDB2's).
 */
public final class StreamedExport {
    public static void write(DatasetGraph dataset, RdfFormat format, String base, OutputStream out) {
        switch (format) {
            case NTRIPLES, TURTLE -> {
                StreamRDF w = writer(out, format == RdfFormat.TURTLE ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES, base);
                dataset.getUnionGraph().find().forEachRemaining(w::triple);
                w.finish();
            }
            case NQUADS, TRIG -> {
                StreamRDF w = writer(out, format == RdfFormat.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS, base);
                dataset.find().forEachRemaining(w::quad);
                w.finish();
            }
            case RDFXML -> RDFWriter.source(dataset.getUnionGraph()).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> throw new IllegalArgumentException("JSON-LD cannot be written as a stream");
        }
    }

    /** A started streaming writer with factgraph's prefixes declared. */
    static StreamRDF writer(OutputStream out, RDFFormat format, String base) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
        w.start();
        Prefixes.forBase(base).forEach(w::prefix);
        return w;
    }

    private StreamedExport() {}
}
