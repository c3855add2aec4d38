package org.factgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factgraph.publish.BuildSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Convert the data, validate it with SHACL and write every export and void.ttl (nothing is written when validation fails).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("dist");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out))
            throw new UsageException("--out " + out + " is a file; give a directory (it is created if missing)");
        BuildSummary summary = common.builder().build(common.data, out, common.base);
        spec.commandLine().getOut().print(summary.render());
        spec.commandLine().getOut().println("Wrote " + out + "/");
        return ExitCode.OK;
    }
}
