package org.factgraph.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.factgraph.model.FactBase;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.validate.ValidationOutcome;

/**
 * A converted dataset with what it was made from and how it validated. {@code union} is the union of all its named
 * graphs as one graph (what triple formats, VoID counts and SHACL see).
 */
public record BuiltGraph(FactBase facts, IriPolicy iris, DatasetGraph dataset, ValidationOutcome validation,
        Graph union) {
    /** A built graph whose union is the dataset's own union view. */
    public BuiltGraph(FactBase facts, IriPolicy iris, DatasetGraph dataset, ValidationOutcome validation) {
        this(facts, iris, dataset, validation, dataset.getUnionGraph());
    }
}
