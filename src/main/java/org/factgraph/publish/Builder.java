package org.factgraph.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
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
        // Quads go to a dataset of plain in-memory graphs, and every triple also to one union graph. Both are much
        // faster to fill than the transactional in-memory dataset (5-10x on 100k quads), and the union graph gives
        // SHACL and the triple formats indexed finds instead of a union view over thousands of statement graphs.
        DatasetGraph dataset = DatasetGraphFactory.create();
        Graph union = GraphFactory.createDefaultGraph();
        FactGraphWriter.write(facts, iris, new Tee(StreamRDFLib.dataset(dataset), union));
        ValidationOutcome outcome = ontology.validator().validate(union);
        return new BuiltGraph(facts, iris, dataset, outcome, union);
    }

    /**
     * Converts and, only when the graph conforms, writes every format and {@code void.ttl} into {@code outDir},
     * replacing the previous files only once every one of them has been written (see
     * {@link AtomicFiles#writeAll}). Throws {@link ValidationException} (nothing written) when it does not conform.
     * Data over {@link StreamingBuild#isLarge the streaming threshold} is built by {@link StreamingBuild}, one
     * document at a time, and gets no JSON-LD or RDF/XML.
     */
    public BuildSummary build(Path dataDir, Path outDir, String base) {
        if (StreamingBuild.isLarge(dataDir))
            return new StreamingBuild(ontology, clock).build(dataDir, outDir, base);
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
            return new Exporter(built.dataset(), built.union(), built.iris().base(), new JsonLdWriter(context));
        } catch (IllegalArgumentException e) {
            throw new ShapesException(ontology.name(OntologyFiles.CONTEXT) + ": " + e.getMessage()
                    + "; restore it from the repository", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes everything on to the dataset and adds each quad's triple to the union graph. */
    private static final class Tee extends StreamRDFWrapper {
        private final Graph union;

        Tee(StreamRDF dataset, Graph union) {
            super(dataset);
            this.union = union;
        }

        @Override
        public void quad(Quad q) {
            super.quad(q);
            union.add(q.asTriple());
        }

        @Override
        public void prefix(String prefix, String iri) {
            super.prefix(prefix, iri);
            union.getPrefixMapping().setNsPrefix(prefix, iri);
        }
    }
}
