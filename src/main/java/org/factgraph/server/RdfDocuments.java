package org.factgraph.server;

import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.factgraph.publish.JsonLdWriter;

/**
 * Writes a description in one RDF format. Quad formats (TriG, N-Quads) and JSON-LD keep the named graphs, so each
 * fact stays inside the statement graph whose provenance record names its sentence; Turtle, N-Triples and RDF/XML
 * carry the union of the graphs, the provenance records included.
 */
final class RdfDocuments {
    static byte[] write(DatasetGraph description, DocFormat format, JsonLdWriter jsonld) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case JSONLD -> jsonld.write(description, out);
            case TRIG -> RDFWriter.source(description).format(RDFFormat.TRIG_BLOCKS).output(out);
            case NQUADS -> RDFWriter.source(description).format(RDFFormat.NQUADS).output(out);
            case TURTLE -> RDFWriter.source(flat(description)).format(RDFFormat.TURTLE_BLOCKS).output(out);
            case NTRIPLES -> RDFWriter.source(flat(description)).format(RDFFormat.NTRIPLES).output(out);
            case RDFXML -> RDFWriter.source(flat(description)).format(RDFFormat.RDFXML_PLAIN).output(out);
            case HTML -> throw new IllegalArgumentException("HTML is not RDF");
        }
        return out.toByteArray();
    }

    /** All quads as triples, with the description's prefixes. */
    static Graph flat(DatasetGraph description) {
        Graph g = GraphFactory.createDefaultGraph();
        description.prefixes().forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
        description.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private RdfDocuments() {}
}
