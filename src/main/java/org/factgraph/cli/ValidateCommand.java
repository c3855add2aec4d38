package org.factgraph.cli;

import java.util.concurrent.Callable;

import org.factgraph.validate.ValidationOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Convert the data and print the SHACL report; exit 0 when it conforms, 1 when not.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationOutcome outcome = common.builder().convert(common.data, common.base).validation();
        spec.commandLine().getOut().println(outcome.report());
        return outcome.conforms() ? ExitCode.OK : ExitCode.INVALID_DATA;
    }
}
