package org.factgraph.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.factgraph.model.Document;
import org.factgraph.model.Entity;
import org.factgraph.model.FactBase;
import org.factgraph.rdf.FactGraphWriter;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.source.DataLoader;
import org.factgraph.validate.OntologyFiles;
import org.factgraph.validate.ValidationException;
import org.factgraph.validate.ValidationOutcome;
import org.factgraph.validate.Validator;

/**
 * The build for data too large to hold as one graph. Reads one document at a time, converts it, validates it with
 * SHACL (its graphs plus the entity triples it refers to; the entities and links graphs are validated once on their
 * own), and appends it to N-Triples, Turtle (blocks), TriG (blocks) and N-Quads as it goes. Only the entities graph
 * and a compact set of fingerprints of fact triples (to drop a triple that two documents both state from the triple
 * formats) stay in memory, so memory grows with the number of entities, not of triples.
 *
 * <p>Differences from the in-memory build, by design: JSON-LD and RDF/XML need the whole graph and are not written
 * (stale copies are removed, and void.ttl lists only the dumps written); Turtle and TriG are written in blocks, not
 * pretty-printed (same triples and quads); SHACL constraints that count values across documents (e.g. two sheets
 * giving the same subject a {@code schema:startDate}) are checked within each document only.
 */
public final class StreamingBuild {
    /** Written by the streaming build; JSON-LD and RDF/XML are not. */
    public static final Set<RdfFormat> FORMATS = EnumSet.of(RdfFormat.TURTLE, RdfFormat.NTRIPLES, RdfFormat.TRIG);
    /** Data directories whose documents add up to more than this many bytes are built by streaming. */
    public static final long DEFAULT_THRESHOLD_BYTES = 8L << 20;
    /** System property overriding {@link #DEFAULT_THRESHOLD_BYTES}. */
    public static final String THRESHOLD_PROPERTY = "factgraph.streamingThresholdBytes";

    private final OntologyFiles ontology;
    private final Clock clock;

    public StreamingBuild(OntologyFiles ontology, Clock clock) {
        this.ontology = ontology;
        this.clock = clock;
    }

    /** Whether {@code dataDir}'s documents are over the streaming threshold. */
    public static boolean isLarge(Path dataDir) {
        long limit = Long.getLong(THRESHOLD_PROPERTY, DEFAULT_THRESHOLD_BYTES);
        Path docs = dataDir.resolve("documents");
        if (!Files.isDirectory(docs))
            return false;
        long total = 0;
        try (Stream<Path> s = Files.walk(docs, 2)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p))
                    total += Files.size(p);
                if (total > limit)
                    return true;
            }
        } catch (IOException e) {
            return false; // let the reader report the problem
        }
        return false;
    }

    public BuildSummary build(Path dataDir, Path outDir, String base) {
        IriPolicy iris = IriPolicy.of(base);
        Validator validator = ontology.validator();
        List<Entity> entities = DataLoader.entities(dataDir);

        Map<RdfFormat, Path> tmp = new EnumMap<>(RdfFormat.class);
        Map<RdfFormat, OutputStream> files = new EnumMap<>(RdfFormat.class);
        try {
            for (RdfFormat f : FORMATS) {
                Path t = AtomicFiles.temp(outDir.resolve(Builder.FILE_STEM + "." + f.extension()));
                tmp.put(f, t);
                files.put(f, new BufferedOutputStream(Files.newOutputStream(t), 1 << 16));
            }
            StreamRDF nt = writer(files.get(RdfFormat.NTRIPLES), RDFFormat.NTRIPLES, iris);
            StreamRDF ttl = writer(files.get(RdfFormat.TURTLE), RDFFormat.TURTLE_BLOCKS, iris);
            StreamRDF trig = writer(files.get(RdfFormat.TRIG), RDFFormat.TRIG_BLOCKS, iris);

            // the entities and links graphs: written first and kept (as one graph) for the documents' validation
            // and de-duplication. Their predicates differ, so a repeated triple is a repeated quad.
            Graph entityUnion = GraphFactory.createDefaultGraph();
            long[] quads = {0};
            FactGraphWriter.writeEntities(entities, iris, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (entityUnion.contains(q.asTriple()))
                        return;
                    entityUnion.add(q.asTriple());
                    trig.quad(q);
                    quads[0]++;
                }
            });
            long[] triples = {entityUnion.size()};
            entityUnion.find().forEachRemaining(t -> {
                nt.triple(t);
                ttl.triple(t);
            });
            // Validated alone, a relationship entity lacks the parties its documents state: its violations count
            // only if no document refers to it (else it was validated again with that document's facts).
            List<String> violations = new ArrayList<>();
            Map<Node, List<String>> entityViolations = new java.util.HashMap<>();
            for (String line : validator.validate(entityUnion).violations()) {
                Node focus = line.startsWith("<") ? org.apache.jena.graph.NodeFactory.createURI(
                        line.substring(1, line.indexOf('>'))) : null;
                if (focus == null)
                    violations.add(line);
                else
                    entityViolations.computeIfAbsent(focus, k -> new ArrayList<>()).add(line);
            }
            Set<Node> referenced = new HashSet<>();

            Fingerprints seenFacts = new Fingerprints();
            Node provenance = iris.provenanceGraph();
            int[] statements = {0};
            List<Document> docs = new ArrayList<>();
            DataLoader.forEachDocument(dataDir, entities, d -> {
                statements[0] += d.statements().size();
                docs.add(stub(d));
                DatasetGraph doc = DatasetGraphFactory.create();
                Graph docUnion = GraphFactory.createDefaultGraph();
                FactGraphWriter.writeDocument(d, iris, new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        doc.add(q);
                        docUnion.add(q.asTriple());
                    }
                });
                violations.addAll(validator.validate(withEntities(docUnion, entityUnion, entityViolations.keySet(),
                        referenced)).violations());
                // quad formats: each graph of the document as a block (the provenance graph recurs per document)
                doc.listGraphNodes().forEachRemaining(g -> doc.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    trig.quad(q);
                    quads[0]++;
                }));
                // triple formats: the union, without triples already written for the entities or another document
                Set<Triple> provenanceTriples = new HashSet<>();
                doc.getGraph(provenance).find().forEachRemaining(provenanceTriples::add);
                docUnion.find().forEachRemaining(t -> {
                    if (entityUnion.contains(t))
                        return;
                    // provenance subjects (the document, its text spans, its statements) belong to this document
                    // alone; a fact's subject may be shared, so facts are checked against all earlier documents
                    if (!provenanceTriples.contains(t) && !seenFacts.add(t))
                        return;
                    nt.triple(t);
                    ttl.triple(t);
                    triples[0]++;
                });
            });
            entityViolations.forEach((n, lines) -> {
                if (!referenced.contains(n))
                    violations.addAll(lines);
            });
            for (StreamRDF s : List.of(nt, ttl, trig))
                s.finish();
            for (OutputStream o : files.values())
                o.close();
            files.clear();

            if (!violations.isEmpty())
                throw new ValidationException(new ValidationOutcome(false, violations.stream().sorted().toList()));
            for (RdfFormat f : FORMATS)
                AtomicFiles.publish(tmp.get(f), outDir.resolve(Builder.FILE_STEM + "." + f.extension()));
            for (RdfFormat f : List.of(RdfFormat.JSONLD, RdfFormat.RDFXML))
                Files.deleteIfExists(outDir.resolve(Builder.FILE_STEM + "." + f.extension())); // would be stale

            FactBase facts = new FactBase(entities, docs);
            BuiltGraph summaryView = new BuiltGraph(facts, iris, DatasetGraphFactory.create(),
                    new ValidationOutcome(true, List.of()), GraphFactory.createDefaultGraph());
            Set<RdfFormat> dumps = EnumSet.copyOf(FORMATS);
            dumps.add(RdfFormat.NQUADS); // listed as the in-memory build lists it
            var voidGraph = new VoidDescription(summaryView, LocalDate.now(clock), triples[0], dumps).graph();
            AtomicFiles.write(outDir.resolve("void.ttl"), out -> org.apache.jena.riot.RDFDataMgr.write(out, voidGraph,
                    RDFFormat.TURTLE_PRETTY));
            return BuildSummary.of(entities, statements[0], triples[0], quads[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (OutputStream o : files.values())
                try {
                    o.close();
                } catch (IOException ignored) {
                    // cleaning up after a failure
                }
            for (Path t : tmp.values())
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // hidden temporary file
                }
        }
    }

    private static StreamRDF writer(OutputStream out, RDFFormat format, IriPolicy iris) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
        w.start();
        org.factgraph.vocab.Prefixes.forBase(iris.base()).forEach(w::prefix);
        return w;
    }

    /** The document's triples plus what the entities graph says about every IRI the document uses. */
    private static Graph withEntities(Graph doc, Graph entities, Set<Node> watch, Set<Node> referenced) {
        Graph g = GraphFactory.createDefaultGraph();
        Set<Node> seen = new HashSet<>();
        doc.find().forEachRemaining(t -> {
            g.add(t);
            for (Node n : new Node[] {t.getSubject(), t.getObject()})
                if (n.isURI() && seen.add(n)) {
                    entities.find(n, Node.ANY, Node.ANY).forEachRemaining(g::add);
                    if (watch.contains(n))
                        referenced.add(n);
                }
        });
        return g;
    }

    /** What VoID needs of a document once its content is written: identity, date, source. */
    private static Document stub(Document d) {
        return new Document(d.id(), d.title(), d.publisher(), d.date(), List.of(), d.language(), d.license(),
                d.sourceUrl(), null, null, List.of(), List.of(), d.location());
    }

    /**
     * A set of 128-bit fingerprints of triples (two independent 64-bit hashes of the N-Triples form): an exact set
     * of the triples would hold every fact triple in memory; a false "seen" needs a 128-bit collision.
     */
    static final class Fingerprints {
        private final Set<Fp> set = new HashSet<>();

        private record Fp(long a, long b) {}

        boolean add(Triple t) {
            String s = FmtUtils.stringForTriple(t, (org.apache.jena.shared.PrefixMapping) null);
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            long a = 0xcbf29ce484222325L, b = 0x84222325cbf29ce4L;
            for (byte x : bytes) {
                a = (a ^ (x & 0xff)) * 0x100000001b3L;
                b = b * 31 + (x & 0xff) + (b >>> 29);
            }
            b ^= bytes.length;
            return set.add(new Fp(a, b ^ (b >>> 33) * 0xff51afd7ed558ccdL));
        }
    }
}
