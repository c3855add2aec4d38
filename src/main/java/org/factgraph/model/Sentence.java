package org.factgraph.model;

/** One sentence of a source text, with the heading of the section it stands in (empty before the first heading). */
public record Sentence(int index, Span span, String text, String section) {}
