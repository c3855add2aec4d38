package org.factgraph.model;

import java.util.List;

/**
 * Something the fact sheet names. {@code id} is a slash path such as {@code country/canada}; {@code types} are
 * compact IRIs; {@code mentions} are surface forms to find in the source text; {@code linkable} is false for
 * relations factgraph mints, which no external dataset can be expected to hold.
 */
public record Entity(String id, List<String> types, String label, List<String> altLabels, String description,
        List<String> mentions, List<ExternalLink> links, boolean linkable, Location location) {
    public Entity {
        types = List.copyOf(types);
        altLabels = List.copyOf(altLabels);
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }
}
