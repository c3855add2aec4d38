package org.factgraph.model;

/** A half-open range {@code [begin, end)} of character offsets (Unicode code points) in a source text. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("Bad span [" + begin + ", " + end + ")");
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }
}
