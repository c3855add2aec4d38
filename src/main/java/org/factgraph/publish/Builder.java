package org.factgraph.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.factgraph.model.FactBase;
import org.factgraph.rdf.FactGraphWriter;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.source.DataLoader;
import org.factgraph.validate.OntologyFiles;
import org.factgraph.validate.OntologyTerms;
import org.factgraph.validate.ShapesException;
import org.factgraph.validate.ValidationException;
import org.factgraph.validate.ValidationOutcome;

/** The build pipeline: read data, convert, validate, and (for {@link #build}) write every export. */
public final class Builder {
    public static final String FILE_STEM = "factgraph";

    private final OntologyFiles ontology;
    private final Clock clock;

    public Builder(OntologyFiles ontology, Clock clock) {
        this.ontology = ontology;
        this.clock = clock;
    }

    /** Reads, converts and validates; writes nothing. */
    public BuiltGraph convert(Path dataDir, String base) {
        IriPolicy iris = IriPolicy.of(base);
        FactBase facts = DataLoader.load(dataDir);
        TermCheck.check(facts, OntologyTerms.load(ontology));
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        FactGraphWriter.write(facts, iris, StreamRDFLib.dataset(dataset));
        ValidationOutcome outcome = ontology.validator().validate(dataset.getUnionGraph());
        return new BuiltGraph(facts, iris, dataset, outcome);
    }

    /**
     * Converts and, only when the graph conforms, writes every format and {@code void.ttl} into {@code outDir},
     * replacing the previous files only once every one of them has been written (see
     * {@link AtomicFiles#writeAll}). Throws {@link ValidationException} (nothing written) when it does not conform.
     */
    public BuildSummary build(Path dataDir, Path outDir, String base) {
        BuiltGraph built = convert(dataDir, base);
        if (!built.validation().conforms())
            throw new ValidationException(built.validation());
        Exporter exporter = exporter(built);
        var voidGraph = new VoidDescription(built, LocalDate.now(clock)).graph();
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        for (RdfFormat f : RdfFormat.values())
            files.put(outDir.resolve(FILE_STEM + "." + f.extension()), out -> exporter.write(f, out));
        files.put(outDir.resolve("void.ttl"), out -> org.apache.jena.riot.RDFDataMgr.write(out, voidGraph,
                org.apache.jena.riot.RDFFormat.TURTLE_PRETTY));
        AtomicFiles.writeAll(files); // all or nothing: a writer failing half-way leaves the previous build intact
        return BuildSummary.of(built);
    }

    public Exporter exporter(BuiltGraph built) {
        try (InputStream context = ontology.open(OntologyFiles.CONTEXT)) {
            return new Exporter(built.dataset(), built.iris().base(), new JsonLdWriter(context));
        } catch (IllegalArgumentException e) {
            throw new ShapesException(ontology.name(OntologyFiles.CONTEXT) + ": " + e.getMessage()
                    + "; restore it from the repository", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
