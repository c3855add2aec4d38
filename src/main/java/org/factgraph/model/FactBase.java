package org.factgraph.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything read from a data directory: the entities and the documents with their statements. */
public record FactBase(List<Entity> entities, List<Document> documents) {
    public FactBase {
        entities = List.copyOf(entities);
        documents = List.copyOf(documents);
    }

    public Map<String, Entity> entitiesById() {
        return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    public int statementCount() {
        return documents.stream().mapToInt(d -> d.statements().size()).sum();
    }
}
