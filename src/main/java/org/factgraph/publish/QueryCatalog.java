package org.factgraph.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/** The shipped SPARQL queries in {@code queries/}: each {@code NAME.rq} starts with a comment saying its question. */
public final class QueryCatalog {
    private final Path dir;

    public QueryCatalog(Path dir) {
        this.dir = dir;
    }

    /** Names of the shipped queries, sorted. */
    public List<String> names() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A query file's path, or the path of a shipped query by name. */
    public Path resolve(String fileOrName) {
        Path p = Path.of(fileOrName);
        if (fileOrName.endsWith(".rq") || Files.exists(p))
            return p;
        return dir.resolve(fileOrName + ".rq");
    }

    /** Parses a query; syntax errors name the file, line and column. */
    public static Query parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such query file");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new QueryParseException(syntaxError(file, e), e.getLine(), e.getColumn());
        }
    }

    /**
     * One line: {@code file:line: SPARQL syntax error at column C: what the parser found; expected ...}. Jena's own
     * message spreads over several lines and repeats the position in words.
     */
    static String syntaxError(Path file, QueryParseException e) {
        String what = e.getMessage() == null ? "" : e.getMessage().strip()
                .replaceAll("\\s+at line -?\\d+, column -?\\d+\\.?", "")
                .replaceAll("(?s)\\s*Was expecting( one of)?:\\s*", "; expected ")
                .replaceAll("\\s*\\.\\.\\.\\s*", " ")
                .replaceAll("\\s+", " ").strip();
        if (what.length() > 300)
            what = what.substring(0, 300) + "...";
        int line = e.getLine(), col = e.getColumn();
        var stated = java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)")
                .matcher(e.getMessage() == null ? "" : e.getMessage());
        if (stated.find()) { // the position in the text points at the offending token; the fields may not
            line = Integer.parseInt(stated.group(1));
            col = Integer.parseInt(stated.group(2));
        }
        String where = line > 0 ? file + ":" + line : file.toString();
        String column = col > 0 ? " at column " + col : "";
        return where + ": SPARQL syntax error" + column + ": " + what;
    }

    /** The question a query answers: its leading comment lines. */
    public static String question(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return String.join(" ", lines.takeWhile(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#+\\s*", ""))
                    .toList()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
