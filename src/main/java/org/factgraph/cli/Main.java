package org.factgraph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code factgraph}: turns fact sheets into a validated, linked, provenance-carrying RDF graph and publishes it. */
@Command(name = "factgraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns government fact sheets into a validated, linked RDF graph with provenance, and publishes it.",
        subcommands = {BuildCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class,
                ServeCommand.class, LoadCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:invalid data (the message names file:line or the IRI)",
                "2:usage error", "3:I/O or remote failure", "70:internal error (a bug in factgraph; please report it)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'factgraph --help'");
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line with the given output streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setExitCodeExceptionMapper(ExitCode::of);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
