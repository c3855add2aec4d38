package org.factgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factgraph.SeedGraph;
import org.factgraph.model.LinkTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildSummaryTest {
    @TempDir
    Path out;

    @Test
    void listsNamedEntitiesWithoutLinksButNeverMintedOnes() throws Exception {
        Path data = Path.of("src/test/resources/minimal/data");
        BuildSummary summary = SeedGraph.builder().build(data, out, "http://example.org/");
        assertEquals(List.of("country/canada", "organization/us-department-of-state", "person/antony-blinken"),
                summary.unlinked());
        assertEquals(1, summary.linksByTarget().get(LinkTarget.WIKIDATA));
        assertEquals(0, summary.linksByTarget().get(LinkTarget.DBPEDIA));
        assertTrue(summary.render().contains("Unlinked entities (no confirmed identifier): 3"), summary.render());
        assertTrue(Files.exists(out.resolve("factgraph.nq")), "the N-Quads dump that void.ttl lists is written");
    }

    @Test
    void seedNamesEntitiesLinkedElsewhereButNotToWikidata() {
        var built = SeedGraph.built();
        BuildSummary summary = BuildSummary.of(built);
        assertTrue(summary.withoutWikidata().contains("person/antony-blinken"), summary.render());
        assertTrue(summary.withoutWikidata().stream().noneMatch(summary.unlinked()::contains));
        for (String id : summary.withoutWikidata())
            assertTrue(built.facts().entitiesById().get(id).links().stream()
                    .noneMatch(l -> l.target() == LinkTarget.WIKIDATA), id);
    }
}
