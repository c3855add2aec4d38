package org.factgraph.publish;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
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
    /** Above this many triples RDF/XML is written plain (striped, one description per triple) not abbreviated. */
    public static final long RDFXML_PRETTY_LIMIT = 50_000;

    private final DatasetGraph dataset;
    private final Graph union;
    private final String base;
    private final JsonLdWriter jsonld;

    public Exporter(DatasetGraph dataset, String base, JsonLdWriter jsonld) {
        this(dataset, dataset.getUnionGraph(), base, jsonld);
    }

    /** {@code union} is the union of the dataset's graphs, already materialised. */
    public Exporter(DatasetGraph dataset, Graph union, String base, JsonLdWriter jsonld) {
        this.dataset = dataset;
        this.union = union;
        this.base = base;
        this.jsonld = jsonld;
    }

    public void write(RdfFormat format, OutputStream out) {
        switch (format) {
            case JSONLD -> jsonld.write(dataset, out);
            case TRIG, NQUADS -> RDFWriter.source(dataset).lang(format.lang()).output(out);
            case TURTLE -> {
                var prefixes = Prefixes.forBase(base).getMapping();
                Graph g = union;
                if (!union.getPrefixMapping().getNsPrefixMap().equals(prefixes)) {
                    // copy only when the union lacks the prefixes (a dataset's union view); else write it as it is
                    g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    g.getPrefixMapping().setNsPrefixes(prefixes);
                    union.find().forEach(g::add);
                }
                RDFDataMgr.write(out, g, format.lang());
            }
            case RDFXML -> RDFWriter.source(union).format(union.size() > RDFXML_PRETTY_LIMIT
                    ? org.apache.jena.riot.RDFFormat.RDFXML_PLAIN : org.apache.jena.riot.RDFFormat.RDFXML).output(out);
            default -> RDFWriter.source(union).lang(format.lang()).output(out);
        }
    }
}
