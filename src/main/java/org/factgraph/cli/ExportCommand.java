package org.factgraph.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factgraph.publish.AtomicFiles;
import org.factgraph.publish.BuiltGraph;
import org.factgraph.publish.Exporter;
import org.factgraph.publish.RdfFormat;
import org.factgraph.validate.ValidationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write the validated graph in one RDF format to a file or standard output.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "turtle, jsonld, ntriples, rdfxml, trig or nquads.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        RdfFormat f = RdfFormat.byKey(format).orElseThrow(() -> new UsageException(
                "unknown --format '" + format + "'; use turtle, jsonld, ntriples, rdfxml, trig or nquads"));
        var builder = common.builder();
        BuiltGraph built = builder.convert(common.data, common.base);
        if (!built.validation().conforms())
            throw new ValidationException(built.validation());
        Exporter exporter = builder.exporter(built);
        if (out == null) {
            OutputStream stdout = System.out;
            exporter.write(f, stdout);
            stdout.flush();
        } else {
            AtomicFiles.write(out, o -> exporter.write(f, o));
        }
        return ExitCode.OK;
    }
}
