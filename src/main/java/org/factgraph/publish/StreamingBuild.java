package org.factgraph.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
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
    private final Map<String, Long> nanos = new java.util.LinkedHashMap<>();

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
        nanos.clear();
        long start = System.nanoTime();
        IriPolicy iris = IriPolicy.of(base);
        Validator validator = ontology.validator();
        List<Entity> entities = DataLoader.entities(dataDir);

        Map<RdfFormat, Path> tmp = new EnumMap<>(RdfFormat.class);
        Map<RdfFormat, OutputStream> files = new EnumMap<>(RdfFormat.class);
        Writer quadWriter = new Writer("factgraph-quads"), tripleWriter = new Writer("factgraph-triples");
        try {
            for (RdfFormat f : FORMATS) {
                Path t = AtomicFiles.temp(outDir.resolve(Builder.FILE_STEM + "." + f.extension()));
                tmp.put(f, t);
                files.put(f, new BufferedOutputStream(Files.newOutputStream(t), 1 << 16));
            }
            StreamRDF nt = StreamedExport.writer(files.get(RdfFormat.NTRIPLES), RDFFormat.NTRIPLES, iris.base());
            StreamRDF ttl = StreamedExport.writer(files.get(RdfFormat.TURTLE), RDFFormat.TURTLE_BLOCKS, iris.base());
            StreamRDF trig = StreamedExport.writer(files.get(RdfFormat.TRIG), RDFFormat.TRIG_BLOCKS, iris.base());

            // the entities and links graphs: written first and kept (as one graph) for the documents' validation
            // and de-duplication. Their predicates differ, so a repeated triple is a repeated quad.
            Graph entityUnion = GraphFactory.createDefaultGraph();
            // Serialising runs on two more threads (quads; triples), behind reading, converting and validating.
            quadWriter.start();
            tripleWriter.start();
            long[] quads = {0};
            List<Quad> entityQuads = new ArrayList<>();
            FactGraphWriter.writeEntities(entities, iris, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (entityUnion.contains(q.asTriple()))
                        return;
                    entityUnion.add(q.asTriple());
                    entityQuads.add(q);
                }
            });
            quads[0] += entityQuads.size();
            quadWriter.submit(() -> entityQuads.forEach(trig::quad));
            long[] triples = {entityUnion.size()};
            List<Triple> entityTriples = entityUnion.find().toList();
            tripleWriter.submit(() -> entityTriples.forEach(t -> {
                nt.triple(t);
                ttl.triple(t);
            }));
            List<String> violations = new ArrayList<>();
            Set<Node> referenced = new HashSet<>();
            lap("entities_ms", start);

            Fingerprints seenFacts = new Fingerprints();
            Node provenance = iris.provenanceGraph();
            int[] statements = {0};
            List<Document> docs = new ArrayList<>();
            long[] lap = {System.nanoTime()};
            DataLoader.forEachDocument(dataDir, entities, d -> {
                lap[0] = lap("read_ms", lap[0]);
                statements[0] += d.statements().size();
                docs.add(stub(d));
                // the document's quads, graph by graph (a set per graph drops repeats), and their union
                Map<Node, Set<Triple>> byGraph = new java.util.LinkedHashMap<>();
                Graph docUnion = GraphFactory.createDefaultGraph();
                FactGraphWriter.writeDocument(d, iris, new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        Triple t = q.asTriple();
                        byGraph.computeIfAbsent(q.getGraph(), k -> new java.util.LinkedHashSet<>()).add(t);
                        docUnion.add(t);
                    }
                });
                lap[0] = lap("convert_ms", lap[0]);
                // triple formats: the union, without triples already written for the entities or another document
                Set<Triple> provenanceTriples = byGraph.getOrDefault(provenance, Set.of());
                List<Triple> triplesOut = new ArrayList<>();
                docUnion.find().forEachRemaining(t -> {
                    if (entityUnion.contains(t))
                        return;
                    // provenance subjects (the document, its text spans, its statements) belong to this document
                    // alone; a fact's subject may be shared, so facts are checked against all earlier documents
                    if (!provenanceTriples.contains(t) && !seenFacts.add(t))
                        return;
                    triplesOut.add(t);
                });
                triples[0] += triplesOut.size();
                // quad formats: each graph of the document as a block (the provenance graph recurs per document)
                List<Quad> quadsOut = new ArrayList<>();
                byGraph.forEach((g, ts) -> ts.forEach(t -> quadsOut.add(Quad.create(g, t))));
                quads[0] += quadsOut.size();
                lap[0] = lap("dedup_ms", lap[0]);
                // validation: the document's union plus what the entities graph says about the IRIs it uses
                addEntities(docUnion, entityUnion, referenced);
                violations.addAll(validator.validate(docUnion).violations());
                lap[0] = lap("validate_ms", lap[0]);
                quadWriter.submit(() -> quadsOut.forEach(trig::quad));
                tripleWriter.submit(() -> triplesOut.forEach(t -> {
                    nt.triple(t);
                    ttl.triple(t);
                }));
            });
            quadWriter.finish();
            tripleWriter.finish();
            lap[0] = lap("wait_for_writer_ms", lap[0]);
            // Entities no document refers to are validated on their own (the others were validated with the facts
            // of the documents that use them: alone, a relationship would lack the parties its document states).
            Graph unreferenced = GraphFactory.createDefaultGraph();
            entityUnion.find().forEachRemaining(t -> {
                if (!referenced.contains(t.getSubject()))
                    unreferenced.add(t);
            });
            violations.addAll(validator.validate(unreferenced).violations());
            lap("validate_ms", lap[0]);
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
            lap("total_ms", start);
            return BuildSummary.of(entities, statements[0], triples[0], quads[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            quadWriter.stop();
            tripleWriter.stop();
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

    /** Where the last {@link #build} spent its time, in milliseconds per step (read, convert, validate, write). */
    public Map<String, Long> timings() {
        Map<String, Long> ms = new java.util.LinkedHashMap<>();
        nanos.forEach((k, v) -> ms.put(k, v / 1_000_000));
        return ms;
    }

    private long lap(String step, long since) {
        long now = System.nanoTime();
        nanos.merge(step, now - since, Long::sum);
        return now;
    }

    /** Adds to the document's graph what the entities graph says about every IRI the document uses. */
    private static void addEntities(Graph doc, Graph entities, Set<Node> referenced) {
        Set<Node> iris = new HashSet<>();
        doc.find().forEachRemaining(t -> {
            if (t.getSubject().isURI())
                iris.add(t.getSubject());
            if (t.getObject().isURI())
                iris.add(t.getObject());
        });
        List<Triple> add = new ArrayList<>();
        for (Node n : iris) {
            var it = entities.find(n, Node.ANY, Node.ANY);
            if (it.hasNext())
                referenced.add(n);
            it.forEachRemaining(add::add);
        }
        add.forEach(doc::add);
    }

    /** A writer thread running tasks in order, with a bounded backlog; its failure surfaces in finish. */
    private static final class Writer {
        private static final Runnable END = () -> {};
        private final java.util.concurrent.BlockingQueue<Runnable> queue = new java.util.concurrent.ArrayBlockingQueue<>(16);
        private final Thread thread;
        private volatile Throwable failure;

        Writer(String name) {
            thread = new Thread(this::loop, name);
        }

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            try {
                for (Runnable r = queue.take(); r != END; r = queue.take())
                    if (failure == null)
                        r.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                failure = t;
                queue.clear();
            }
        }

        void submit(Runnable r) {
            if (failure != null)
                rethrow();
            try {
                while (!queue.offer(r, 100, java.util.concurrent.TimeUnit.MILLISECONDS))
                    if (failure != null || !thread.isAlive())
                        rethrow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing", e);
            }
        }

        /** Ends the thread whatever state it is in (after {@link #finish}, it has ended already). */
        void stop() {
            thread.interrupt();
        }

        void finish() {
            submit(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing", e);
            }
            if (failure != null)
                rethrow();
        }

        private void rethrow() {
            if (failure instanceof RuntimeException e)
                throw e;
            if (failure instanceof Error e)
                throw e;
            throw new IllegalStateException("writing failed: " + failure, failure);
        }
    }

    /** What VoID needs of a document once its content is written: identity, date, source. */
    private static Document stub(Document d) {
        return new Document(d.id(), d.title(), d.publisher(), d.date(), List.of(), d.language(), d.license(),
                d.sourceUrl(), null, null, List.of(), List.of(), d.location());
    }

    /**
     * A set of 128-bit fingerprints of triples (two independent 64-bit hashes over each term's kind and text): an
     * exact set of the triples would hold every fact triple in memory; a false "seen" needs a 128-bit collision.
     */
    static final class Fingerprints {
        private final Set<Fp> set = new HashSet<>();
        private long a, b;

        private record Fp(long a, long b) {}

        boolean add(Triple t) {
            a = 0xcbf29ce484222325L;
            b = 0x84222325cbf29ce4L;
            term(t.getSubject());
            term(t.getPredicate());
            term(t.getObject());
            return set.add(new Fp(a, b ^ (b >>> 33) * 0xff51afd7ed558ccdL));
        }

        /** Each term as its kind, then its parts each followed by a separator no IRI or tag contains. */
        private void term(Node n) {
            if (n.isURI()) {
                mix('<');
                text(n.getURI());
            } else if (n.isBlank()) {
                mix('_');
                text(n.getBlankNodeLabel());
            } else if (n.isLiteral()) {
                mix('"');
                text(n.getLiteralLexicalForm());
                text(n.getLiteralDatatypeURI());
                text(n.getLiteralLanguage());
            } else {
                mix('?');
                text(n.toString());
            }
        }

        private void text(String s) {
            mix(s.length());
            for (int i = 0; i < s.length(); i++)
                mix(s.charAt(i));
            mix(0x1F);
        }

        private void mix(int x) {
            a = (a ^ x) * 0x100000001b3L;
            b = b * 31 + x + (b >>> 29);
        }
    }
}
