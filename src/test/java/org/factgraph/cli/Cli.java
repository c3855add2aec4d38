package org.factgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;

/** Runs the command line in-process and captures what it prints. */
public final class Cli {
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$/<>]+\\(|^Caused by: |^\\S+(Exception|Error): ");

    public record Result(int exit, String out, String err) {
        /** Lines of standard error that carry factgraph's own message. */
        public List<String> messageLines() {
            return err.lines().filter(l -> l.startsWith("factgraph: ")).toList();
        }

        public boolean hasStackTrace() {
            return STACK_FRAME.matcher(err).find() || STACK_FRAME.matcher(out).find();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that writes its result to {@link System#out} (export, query), capturing that too. */
    public static Result runCapturingStdout(String... args) {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Result r;
        try (java.io.PrintStream capture = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8)) {
            System.setOut(capture);
            r = run(args);
        } finally {
            System.setOut(saved);
        }
        return new Result(r.exit(), r.out() + bytes.toString(java.nio.charset.StandardCharsets.UTF_8), r.err());
    }

    private Cli() {}
}
