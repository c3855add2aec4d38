package org.factgraph.model;

/** One predicate-object pair of a statement; the predicate is a compact IRI. */
public record Fact(String predicate, Value value, Location location) {}
