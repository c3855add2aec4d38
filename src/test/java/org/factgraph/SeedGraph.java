package org.factgraph;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.factgraph.publish.Builder;
import org.factgraph.publish.BuiltGraph;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.validate.OntologyFiles;

/** The real data directory converted once per test JVM with the default base, as the CLI does. */
public final class SeedGraph {
    public static final Path DATA = Path.of("data");
    public static final Path ONTOLOGY = Path.of("ontology");
    /** A fixed clock, so that dated output (void.ttl) does not depend on when tests run. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

    private static BuiltGraph built;

    public static Builder builder() {
        return new Builder(OntologyFiles.in(ONTOLOGY), CLOCK);
    }

    public static synchronized BuiltGraph built() {
        if (built == null)
            built = builder().convert(DATA, IriPolicy.DEFAULT_BASE);
        return built;
    }

    private SeedGraph() {}
}
