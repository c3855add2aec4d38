package org.factgraph.model;

/** A place in a source text where an entity is named. */
public record Mention(String entityId, Span span, String text) {}
