package org.factgraph.publish;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factgraph.model.Entity;
import org.factgraph.model.ExternalLink;
import org.factgraph.model.LinkTarget;

/**
 * What a build produced: entities by type, triple and statement counts, links per target, the entities with no
 * confirmed link, and those linked elsewhere but not to Wikidata.
 */
public record BuildSummary(Map<String, Integer> entitiesByType, int entities, int statements, long triples,
        long quads, Map<LinkTarget, Integer> linksByTarget, List<String> unlinked, List<String> withoutWikidata) {

    static BuildSummary of(BuiltGraph built) {
        return of(built.facts().entities(), built.facts().statementCount(), built.union().size(),
                built.dataset().stream().count());
    }

    static BuildSummary of(List<Entity> entities, int statements, long triples, long quads) {
        Map<String, Integer> byType = new TreeMap<>();
        Map<LinkTarget, Integer> links = new EnumMap<>(LinkTarget.class);
        for (LinkTarget t : LinkTarget.values())
            links.put(t, 0);
        for (Entity e : entities) {
            byType.merge(e.types().get(0), 1, Integer::sum);
            for (ExternalLink l : e.links())
                links.merge(l.target(), 1, Integer::sum);
        }
        List<String> unlinked = entities.stream().filter(e -> e.linkable() && e.links().isEmpty())
                .map(Entity::id).sorted().toList();
        List<String> withoutWikidata = entities.stream()
                .filter(e -> e.linkable() && !e.links().isEmpty()
                        && e.links().stream().noneMatch(l -> l.target() == LinkTarget.WIKIDATA))
                .map(Entity::id).sorted().toList();
        return new BuildSummary(byType, entities.size(), statements, triples, quads, links, unlinked, withoutWikidata);
    }

    /** The summary as printed by {@code factgraph build}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("Entities: ").append(entities).append(" (");
        sb.append(String.join(", ", entitiesByType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        sb.append(")\nStatements: ").append(statements).append("\nTriples: ").append(triples)
                .append(" (").append(quads).append(" quads with provenance)\nLinks:");
        linksByTarget.forEach((t, n) -> sb.append(' ').append(t.key()).append(' ').append(n).append(','));
        sb.setLength(sb.length() - 1);
        sb.append("\nUnlinked entities (no confirmed identifier): ").append(unlinked.size());
        unlinked.forEach(u -> sb.append("\n  ").append(u));
        sb.append("\nLinked, but with no confirmed Wikidata item: ").append(withoutWikidata.size());
        withoutWikidata.forEach(u -> sb.append("\n  ").append(u));
        return sb.append('\n').toString();
    }
}
