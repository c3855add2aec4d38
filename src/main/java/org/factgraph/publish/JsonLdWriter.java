package org.factgraph.publish;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a dataset as JSON-LD 1.1 compacted with factgraph's context, so keys read as {@code label}, {@code party}
 * rather than full IRIs. The context is embedded, so the file needs no network to be read.
 */
public final class JsonLdWriter {
    private static final String RDF_LANG_STRING = org.factgraph.vocab.Rdf.NS + "langString";

    private final JsonDocument context;

    public JsonLdWriter(InputStream context) {
        try {
            this.context = JsonDocument.of(context);
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("not valid JSON: " + sentence(e.getMessage()), e);
        }
        try { // processes the context now, so that a broken one fails before anything is written
            JsonLd.compact(JsonDocument.of(Json.createArrayBuilder().build()), this.context).get();
        } catch (JsonLdError | RuntimeException e) {
            throw new IllegalArgumentException("not a usable JSON-LD context: " + sentence(e.getMessage()), e);
        }
    }

    public void write(DatasetGraph dataset, OutputStream out) {
        try {
            QuadsToJsonld toJson = JsonLd.fromRdf().mode(JsonLdVersion.V1_1);
            var it = dataset.find();
            while (it.hasNext())
                add(toJson, it.next());
            JsonArray expanded = toJson.toJsonLd();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), context).get();
            var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out);
            writer.write(compacted);
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("JSON-LD writing failed: " + e.getMessage(), e);
        }
    }

    private static void add(QuadsToJsonld sink, Quad q) throws RdfConsumerException {
        String graph = q.isDefaultGraph() ? null : resource(q.getGraph());
        Node o = q.getObject();
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
            // A language-tagged literal still needs its datatype (rdf:langString): a null datatype means "IRI".
            sink.quad(resource(q.getSubject()), q.getPredicate().getURI(), o.getLiteralLexicalForm(),
                    lang == null ? o.getLiteralDatatypeURI() : RDF_LANG_STRING, lang, null, graph);
        } else {
            sink.quad(resource(q.getSubject()), q.getPredicate().getURI(), resource(o), null, null, null, graph);
        }
    }

    private static String sentence(String message) {
        return message == null ? "" : message.strip().replaceFirst("\\.$", "");
    }

    private static String resource(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }
}
