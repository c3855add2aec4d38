package org.factgraph.source;

import org.factgraph.model.Evidence;
import org.factgraph.model.Location;
import org.factgraph.model.Sentence;
import org.factgraph.model.SourceText;
import org.factgraph.model.Span;

/** Finds an evidence quote in a source text: it must occur exactly once and lie within one sentence. */
final class QuoteLocator {
    private final SourceText source;

    QuoteLocator(SourceText source) {
        this.source = source;
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
        Sentence sentence = source.sentenceOf(span).orElseThrow(() -> new DataException(where,
                "quote spans more than one sentence: \"" + quote + "\"; quote within a single sentence"));
        return new Evidence(quote, span, sentence, where);
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
