package org.factgraph.model;

import java.util.List;

/**
 * What one piece of the fact sheet states: facts about one subject, the quote that states them, any further quotes
 * an inference rests on, and {@code inference} (empty unless part of the statement is inferred, then the reasoning).
 */
public record Statement(String id, String subject, List<Fact> facts, Evidence evidence, List<Evidence> support,
        String inference, Location location) {
    public Statement {
        facts = List.copyOf(facts);
        support = List.copyOf(support);
    }

    public boolean inferred() {
        return !inference.isEmpty();
    }
}
