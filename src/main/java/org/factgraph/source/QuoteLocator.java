package org.factgraph.source;

import org.factgraph.model.Evidence;
import org.factgraph.model.Location;
import org.factgraph.model.Sentence;
import org.factgraph.model.SourceText;
import org.factgraph.model.Span;

/** Finds an evidence quote in a source text: it must occur exactly once and lie within one sentence. */
final class QuoteLocator {
    private final SourceText source;
    private final Span content;

    /** A locator over the whole text. */
    QuoteLocator(SourceText source) {
        this(source, new Span(0, source.length()));
    }

    /** A locator for evidence: quotes must lie in {@code content}, the fact sheet proper, not the page chrome. */
    QuoteLocator(SourceText source, Span content) {
        this.source = source;
        this.content = content;
    }

    Evidence locate(String quote, Location where) {
        String text = source.text();
        int at = text.indexOf(quote);
        if (at < 0)
            throw new DataException(where, "quote not found in " + source.file() + ": \"" + quote + "\""
                    + longestFoundPrefix(quote) + "; copy the words exactly from the source text");
        int again = text.indexOf(quote, at + 1);
        if (again >= 0)
            throw new DataException(where, "quote occurs more than once in " + source.file() + ": \"" + quote
                    + "\"; lengthen it so it identifies one place");
        int begin = text.codePointCount(0, at);
        Span span = new Span(begin, begin + quote.codePointCount(0, quote.length()));
        Sentence sentence = source.sentenceOf(span).orElseThrow(() -> new DataException(where, notInOneSentence(quote, span)));
        return new Evidence(quote, span, sentence, where);
    }

    private String notInOneSentence(String quote, Span span) {
        if (!content.contains(span))
            return "quote lies outside the fact sheet's content, in the page text before 'content: first' or after "
                    + "'content: last' of document.yaml: \"" + quote + "\"; quote the fact sheet itself, not the page chrome";
        boolean overlapsASentence = source.sentences().stream()
                .anyMatch(s -> s.span().begin() < span.end() && span.begin() < s.span().end());
        if (!overlapsASentence)
            return "quote is not part of any sentence (a section heading or blank text): \"" + quote
                    + "\"; quote a sentence of the fact sheet";
        return "quote spans more than one sentence: \"" + quote + "\"; quote within a single sentence";
    }

    private String longestFoundPrefix(String quote) {
        int lo = 0, hi = quote.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (source.text().contains(quote.substring(0, mid)))
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo < 3 ? "" : " (the source has \"" + quote.substring(0, lo) + "\" but not what follows)";
    }
}
