package org.factgraph.model;

/** An exact quote from the source text that supports a statement, once located there. */
public record Evidence(String quote, Span span, Sentence sentence, Location location) {}
