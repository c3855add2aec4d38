package org.factgraph.cli;

import picocli.CommandLine;

/** Prints a failure as one readable message; the stack trace only with {@code --verbose}. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        err.println("factgraph: " + message(ex));
        if (parsed.hasMatchedOption("--verbose") || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose")))
            ex.printStackTrace(err);
        err.flush();
        return ExitCode.of(ex);
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank())
            m = t.getClass().getSimpleName();
        if (t instanceof org.apache.jena.query.QueryParseException)
            return "query syntax error: " + m;
        return m;
    }
}
