package org.factgraph.model;

import java.util.List;

/**
 * A source document's text exactly as published, with its sentences. Offsets count Unicode code points, as NIF
 * prescribes, so they stay valid in any encoding.
 */
public record SourceText(String file, String text, List<Sentence> sentences) {
    public SourceText {
        sentences = List.copyOf(sentences);
    }

    /** Code-point length of the text. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The text covered by a code-point span. */
    public String slice(Span span) {
        int from = text.offsetByCodePoints(0, span.begin());
        int to = text.offsetByCodePoints(from, span.end() - span.begin());
        return text.substring(from, to);
    }

    /** The sentence that wholly contains {@code span}, if any. */
    public java.util.Optional<Sentence> sentenceOf(Span span) {
        return sentences.stream().filter(s -> s.span().contains(span)).findFirst();
    }
}
