package org.factgraph.publish;

import org.apache.jena.sparql.core.DatasetGraph;
import org.factgraph.model.FactBase;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.validate.ValidationOutcome;

/** A converted dataset with what it was made from and how it validated. */
public record BuiltGraph(FactBase facts, IriPolicy iris, DatasetGraph dataset, ValidationOutcome validation) {}
