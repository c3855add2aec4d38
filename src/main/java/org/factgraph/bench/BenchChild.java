package org.factgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.factgraph.publish.BuildSummary;
import org.factgraph.publish.Builder;
import org.factgraph.publish.BuiltGraph;
import org.factgraph.publish.RdfFormat;
import org.factgraph.store.TdbStore;
import org.factgraph.validate.OntologyFiles;

/**
 * One heavy benchmark stage, run in its own JVM by {@link BenchHarness} so its peak RSS is its own. Prints one line
 * {@code BENCH key=value ...} with its timings (measured inside the JVM, so JVM start-up is excluded) and its own
 * {@code VmHWM}.
 *
 * <pre>
 * build    DATA OUTDIR BASE      Builder.build: convert, validate, write every export
 * nquads   TRIG FILE             the build's TriG as N-Quads (input for the load stages; not a measurement)
 * riot     NT TTL                the floor: RIOT parses N-Triples and writes Turtle (streaming, blocks)
 * load     NQ STOREDIR           factgraph's load: TdbStore.replace streaming the file (what serve does above the streaming threshold)
 * tdbloader NQ STOREDIR          Jena's bulk loader, tdb2.tdbloader (default loader: phased)
 * </pre>
 */
public final class BenchChild {
    public static void main(String[] args) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "build" -> {
                BuildSummary s;
                if (org.factgraph.publish.StreamingBuild.isLarge(Path.of(args[1]))) { // what Builder.build does
                    var sb = new org.factgraph.publish.StreamingBuild(OntologyFiles.standard(), Clock.systemUTC());
                    s = sb.build(Path.of(args[1]), Path.of(args[2]), args[3]);
                    r.put("streaming", true);
                    sb.timings().forEach(r::put);
                } else {
                    s = new Builder(OntologyFiles.standard(), Clock.systemUTC()).build(Path.of(args[1]), Path.of(args[2]), args[3]);
                }
                r.put("ms", ms(t0));
                r.put("triples", s.triples());
                r.put("quads", s.quads());
            }
            case "nquads" -> {
                // the build's TriG re-serialised as N-Quads by RIOT, streaming: the same quads at any size
                long[] n = {0};
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16)) {
                    StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                    w.start();
                    RDFParser.source(Path.of(args[1])).lang(Lang.TRIG).parse(new org.apache.jena.riot.system.StreamRDFWrapper(w) {
                        @Override
                        public void start() {}

                        @Override
                        public void finish() {}

                        @Override
                        public void quad(org.apache.jena.sparql.core.Quad q) {
                            n[0]++;
                            super.quad(q);
                        }
                    });
                    w.finish();
                }
                r.put("ms", ms(t0));
                r.put("quads", n[0]);
            }
            case "riot" -> {
                long[] n = {0};
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16)) {
                    StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                    StreamRDF counting = new org.apache.jena.riot.system.StreamRDFWrapper(w) {
                        @Override
                        public void triple(org.apache.jena.graph.Triple t) {
                            n[0]++;
                            super.triple(t);
                        }
                    };
                    counting.start();
                    RDFParser.source(Path.of(args[1])).lang(Lang.NTRIPLES).parse(
                            new org.apache.jena.riot.system.StreamRDFWrapper(counting) {
                                @Override
                                public void start() {}

                                @Override
                                public void finish() {}
                            });
                    counting.finish();
                }
                r.put("ms", ms(t0));
                r.put("triples", n[0]);
            }
            case "load" -> {
                // serve's load of a large build: the build's quads streamed from its file into TdbStore.replace
                try (TdbStore store = TdbStore.open(Path.of(args[2]))) {
                    store.replace(Path.of(args[1]));
                    r.put("ms", ms(t0));
                    r.put("quads", store.size());
                }
            }
            case "breakdown" -> {
                // where build time goes: reading alone, then Builder.convert (read + convert + SHACL), then each export
                OntologyFiles ont = OntologyFiles.standard();
                org.factgraph.source.DataLoader.load(Path.of(args[1]));
                r.put("read_ms", ms(t0));
                long t = System.nanoTime();
                ont.validator().validate(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
                r.put("shapes_ms", ms(t));
                t = System.nanoTime();
                Builder b = new Builder(ont, Clock.systemUTC());
                BuiltGraph built = b.convert(Path.of(args[1]), args[3]);
                r.put("convert_ms", ms(t));
                r.put("conforms", built.validation().conforms());
                t = System.nanoTime();
                ont.validator().validate(built.union());
                r.put("validate_again_ms", ms(t));
                var exporter = b.exporter(built);
                for (RdfFormat f : RdfFormat.values()) {
                    t = System.nanoTime();
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2]).resolve("x." + f.extension())), 1 << 16)) {
                        exporter.write(f, out);
                    }
                    r.put(f.key() + "_ms", ms(t));
                }
                r.put("ms", ms(t0));
            }
            case "tdbloader" -> {
                tdb2.tdbloader.main("--loc", args[2], args[1]);
                r.put("ms", ms(t0));
            }
            default -> throw new IllegalArgumentException("unknown stage " + args[0]);
        }
        r.put("hwm_kb", ProcStatus.hwmKb(ProcessHandle.current().pid()));
        r.put("anon_kb", ProcStatus.anonKb(ProcessHandle.current().pid()));
        StringBuilder sb = new StringBuilder("BENCH");
        r.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        System.out.println(sb);
        System.out.flush();
        System.exit(0);
    }

    private static long ms(long from) {
        return (System.nanoTime() - from) / 1_000_000;
    }

    private BenchChild() {}

    /** Reads peak and current resident set size from {@code /proc/PID/status} (Linux); -1 where unavailable. */
    static final class ProcStatus {
        static long hwmKb(long pid) {
            return field(pid, "VmHWM:");
        }

        /** Anonymous resident memory (heap, stacks, malloc) without the file pages TDB2 maps into memory. */
        static long anonKb(long pid) {
            return field(pid, "RssAnon:");
        }

        static long field(long pid, String name) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status")))
                    if (line.startsWith(name))
                        return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
            } catch (IOException | RuntimeException e) {
                // process gone or not Linux
            }
            return -1;
        }
    }
}
