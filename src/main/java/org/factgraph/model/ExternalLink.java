package org.factgraph.model;

/** A confirmed identifier of an entity in an external dataset, with where it was confirmed. */
public record ExternalLink(LinkTarget target, String id, String confirmedBy, Location location) {}
