package org.factgraph.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.factgraph.model.Entity;
import org.factgraph.model.Mention;
import org.factgraph.model.Sentence;
import org.factgraph.model.SourceText;
import org.factgraph.model.Span;

/**
 * Finds where entities are named: each of an entity's {@code mentions} as a whole word inside a sentence of the
 * content. Where two mentions overlap, the longer wins ("Columbia River Treaty" over "Columbia River").
 */
final class Mentions {
    static List<Mention> find(SourceText source, Collection<Entity> entities) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : source.sentences())
            for (Entity e : entities)
                for (String form : e.mentions())
                    occurrences(s, form).forEach(at -> found.add(new Mention(e.id(), at, form)));
        found.sort(Comparator.comparingInt((Mention m) -> m.span().end() - m.span().begin()).reversed());
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found)
            if (kept.stream().noneMatch(k -> overlaps(k.span(), m.span())))
                kept.add(m);
        kept.sort(Comparator.comparingInt(m -> m.span().begin()));
        return kept;
    }

    private static List<Span> occurrences(Sentence s, String form) {
        List<Span> out = new ArrayList<>();
        String text = s.text();
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
            int end = i + form.length();
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (wordStart && wordEnd) {
                int begin = s.span().begin() + text.codePointCount(0, i);
                out.add(new Span(begin, begin + form.codePointCount(0, form.length())));
            }
        }
        return out;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    private Mentions() {}
}
