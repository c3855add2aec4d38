package org.factgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.factgraph.publish.Builder;
import org.factgraph.publish.BuiltGraph;
import org.factgraph.publish.Directories;
import org.factgraph.publish.RdfFormat;
import org.factgraph.publish.StreamingBuild;
import org.factgraph.publish.VoidDescription;
import org.factgraph.store.TdbStore;
import org.factgraph.validate.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the data and puts the validated graph into the store {@code serve} publishes, replacing what it held.
 * Data under {@link StreamingBuild#isLarge the streaming threshold} is converted in memory and loaded from there.
 * Larger data is built one document at a time into a scratch directory beside the store and loaded from the
 * build's TriG as a stream, so serving millions of triples never holds them in memory. Either way a graph that
 * does not conform throws {@link ValidationException} and the store keeps what it had.
 */
public final class StoreBuild {
    private static final Logger LOG = LoggerFactory.getLogger(StoreBuild.class);

    private final Builder builder;
    private final Clock clock;
    private final Path scratchParent;

    /** Large builds are written into a new directory under {@code scratchParent} (best beside the store: same disk). */
    public StoreBuild(Builder builder, Clock clock, Path scratchParent) {
        this.builder = builder;
        this.clock = clock;
        this.scratchParent = scratchParent;
    }

    /** Builds {@code data} under {@code base} into {@code store}; returns the VoID description of what was loaded. */
    public Graph into(TdbStore store, Path data, String base) {
        if (!StreamingBuild.isLarge(data)) {
            BuiltGraph built = builder.convert(data, base);
            if (!built.validation().conforms())
                throw new ValidationException(built.validation());
            store.replace(built.dataset());
            return new VoidDescription(built, LocalDate.now(clock)).graph();
        }
        Path scratch = scratch();
        try {
            builder.build(data, scratch, base);
            store.replace(scratch.resolve(Builder.FILE_STEM + "." + RdfFormat.TRIG.extension()));
            return RDFParser.source(scratch.resolve("void.ttl")).toGraph();
        } finally {
            delete(scratch);
        }
    }

    private Path scratch() {
        try {
            Files.createDirectories(scratchParent);
            return Files.createTempDirectory(scratchParent, "factgraph-build-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch directory in " + scratchParent + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try {
            Directories.deleteTree(dir);
        } catch (IOException e) {
            // left behind, it wastes space but loses nothing: the next build makes a new one
            LOG.warn("could not remove the scratch directory {}: {}", dir, e.getMessage());
        }
    }
}
