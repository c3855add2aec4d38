package org.factgraph.source;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.factgraph.model.Location;

/** Checks IRIs written in data files: absolute http(s) IRIs only. An empty text passes (the field is optional). */
final class WebIri {
    static String check(String iri, Location where) {
        if (iri.isEmpty())
            return iri;
        try {
            IRIx parsed = IRIx.create(iri);
            if (parsed.isAbsolute() && (iri.startsWith("http://") || iri.startsWith("https://")) && java.net.URI.create(iri).getHost() != null)
                return iri;
        } catch (IRIException | IllegalArgumentException e) {
            throw new DataException(where, "'" + iri + "' is not a valid IRI (" + e.getMessage() + ")");
        }
        throw new DataException(where, "'" + iri + "' is not an absolute http(s) IRI; write e.g. https://example.org/page");
    }

    private WebIri() {}
}
