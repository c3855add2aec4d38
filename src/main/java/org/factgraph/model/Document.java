package org.factgraph.model;

import java.util.List;

/**
 * A source document and what it states. {@code content} is the span of the document proper (page chrome outside it
 * states nothing). {@code date} is an XSD date or year-month; {@code dateNote} says how it was established when the
 * document does not print it.
 */
public record Document(String id, String title, String publisher, String date, List<String> notes, String language,
        String license, String sourceUrl, SourceText source, Span content, List<Statement> statements,
        List<Mention> mentions, Location location) {
    public Document {
        statements = List.copyOf(statements);
        mentions = List.copyOf(mentions);
        notes = List.copyOf(notes);
    }
}
