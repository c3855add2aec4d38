package org.factgraph.cli;

import picocli.CommandLine;

/** Prints a failure as one readable message; the stack trace only with {@code --verbose}. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        int code = ExitCode.of(ex);
        err.println("factgraph: " + (code == ExitCode.INTERNAL ? internal(ex) : message(ex)));
        if (parsed.hasMatchedOption("--verbose") || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose")))
            ex.printStackTrace(err);
        err.flush();
        return code;
    }

    /** A failure factgraph did not anticipate is a bug: say so, and how to get the details for a report. */
    private static String internal(Throwable t) {
        return "internal error (" + t.getClass().getSimpleName() + ": " + firstLine(t.getMessage())
                + "); this is a bug in factgraph: rerun with --verbose and report the stack trace";
    }

    private static String firstLine(String m) {
        return m == null ? "no message" : m.strip().lines().findFirst().orElse("");
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank())
            m = t.getClass().getSimpleName();
        return m;
    }
}
