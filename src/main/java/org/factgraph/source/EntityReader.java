package org.factgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factgraph.model.Entity;
import org.factgraph.model.ExternalLink;
import org.factgraph.model.LinkTarget;
import org.factgraph.model.Location;

/** Reads {@code entities.yaml}: named {@code entities} (expected to link out) and {@code minted} ones (relationships, posts, local concepts). */
final class EntityReader {
    private static final Set<String> TOP = Set.of("entities", "minted");
    private static final Set<String> KEYS = Set.of("id", "type", "label", "alt", "description", "mentions", "links",
            "unlinked");

    static List<Entity> read(YamlFile.Map file) {
        file.onlyKeys(TOP);
        List<Entity> out = new ArrayList<>();
        file.maps("entities").forEach(m -> out.add(entity(m, true)));
        file.maps("minted").forEach(m -> out.add(entity(m, false)));
        return out;
    }

    private static Entity entity(YamlFile.Map m, boolean linkable) {
        m.onlyKeys(KEYS);
        String id = Ids.entityId(m.text("id"), m.locationOf("id"));
        List<String> types = m.texts("type");
        if (types.isEmpty())
            throw new DataException(m.location(), "entity '" + id + "' has no 'type'; give at least one, e.g. schema:Country");
        types.forEach(t -> Ids.curie(t, m.locationOf("type")));
        List<ExternalLink> links = new ArrayList<>();
        m.map("links").ifPresent(l -> l.entries().forEach(t -> {
            String key = ((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue();
            Location at = new Location(m.location().file(), t.getKeyNode().getStartMark().getLine() + 1);
            LinkTarget target = LinkTarget.byKey(key).orElseThrow(() -> new DataException(at,
                    "unknown link target '" + key + "'; use wikidata, dbpedia or geonames"));
            links.add(link(target, l, key, at, id));
        }));
        return new Entity(id, types, m.text("label"), m.texts("alt"), m.text("description", ""), m.texts("mentions"),
                links, linkable, m.location());
    }

    private static ExternalLink link(LinkTarget target, YamlFile.Map links, String key, Location at, String entity) {
        YamlFile.Map l = links.map(key).orElseThrow();
        l.onlyKeys(Set.of("id", "confirmed"));
        String id = l.text("id");
        if (!target.accepts(id))
            throw new DataException(l.locationOf("id"), "'" + id + "' is not a " + key + " identifier for '" + entity
                    + "'; write the bare identifier (e.g. Q16, Canada, 6251999), not a full IRI");
        String confirmed = l.get("confirmed").isPresent() ? l.text("confirmed") : "";
        if (confirmed.isBlank())
            throw new DataException(at, key + " link of '" + entity
                    + "' has no 'confirmed'; say where the identifier is stated, or remove the link");
        return new ExternalLink(target, id, confirmed, at);
    }

    private EntityReader() {}
}
