package org.factgraph.source;

import java.util.List;
import java.util.Map;

import org.factgraph.model.Entity;
import org.factgraph.model.Fact;
import org.factgraph.model.Location;
import org.factgraph.model.Value;

/** Checks that every entity a statement refers to is declared. */
final class References {
    static void require(Map<String, Entity> entities, String id, Location where) {
        if (!entities.containsKey(id))
            throw new DataException(where, "unknown entity '" + id + "'; declare it in entities.yaml or fix the id");
    }

    static void check(Map<String, Entity> entities, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.value() instanceof Value.EntityRef ref)
                require(entities, ref.id(), ref.location());
            if (f.value() instanceof Value.Quantity q)
                check(entities, q.extra());
        }
    }

    private References() {}
}
