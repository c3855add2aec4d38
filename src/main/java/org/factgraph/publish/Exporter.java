package org.factgraph.publish;

import java.io.OutputStream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.factgraph.vocab.Prefixes;

/**
 * Serializes the built dataset in any {@link RdfFormat}. Triple formats carry the union of all graphs (facts,
 * entities, links and provenance records); quad formats and JSON-LD keep the named graphs, and so which sentence
 * each fact comes from.
 */
public final class Exporter {
    private final DatasetGraph dataset;
    private final String base;
    private final JsonLdWriter jsonld;

    public Exporter(DatasetGraph dataset, String base, JsonLdWriter jsonld) {
        this.dataset = dataset;
        this.base = base;
        this.jsonld = jsonld;
    }

    public void write(RdfFormat format, OutputStream out) {
        switch (format) {
            case JSONLD -> jsonld.write(dataset, out);
            case TRIG, NQUADS -> RDFWriter.source(dataset).lang(format.lang()).output(out);
            case TURTLE -> {
                var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                Prefixes.forBase(base).forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
                dataset.getUnionGraph().find().forEach(g::add);
                RDFDataMgr.write(out, g, format.lang());
            }
            default -> RDFWriter.source(dataset.getUnionGraph()).lang(format.lang()).output(out);
        }
    }
}
