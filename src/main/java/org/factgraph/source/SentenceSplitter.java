package org.factgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factgraph.model.Sentence;
import org.factgraph.model.Span;

/**
 * Splits a fact sheet into sentences. Each line is a paragraph (a bullet's marker is not part of its sentence); a
 * line is split after {@code . ! ?} followed by white space and a capital, unless the word before is a known
 * abbreviation such as "U.S.". Lines listed as section headings start a section and are not sentences.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("U.S.", "U.N.", "U.K.", "E.U.", "Mr.", "Mrs.", "Ms.",
            "Dr.", "St.", "Jr.", "Sr.", "No.", "Gen.", "Sen.", "Rep.", "Gov.", "Amb.", "Lt.", "Col.", "Adm.", "e.g.",
            "i.e.", "etc.", "vs.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

    private final Set<String> headings;

    public SentenceSplitter(Set<String> headings) {
        this.headings = Set.copyOf(headings);
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        String section = "";
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (headings.contains(line.strip()))
                section = line.strip();
            else
                splitLine(text, lineStart, lineEnd, section, out);
            if (nl < 0)
                break;
            lineStart = nl + 1;
        }
        return out;
    }

    private void splitLine(String text, int from, int to, String section, List<Sentence> out) {
        int start = skipMarker(text, from, to);
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i, to)) {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end)))
                    end++;
                add(text, start, end, section, out);
                start = skipSpace(text, end, to);
                i = start - 1;
            }
        }
        add(text, start, to, section, out);
    }

    private static boolean endsSentence(String text, int start, int dot, int to) {
        int j = dot + 1;
        while (j < to && isCloser(text.charAt(j)))
            j++;
        if (j >= to || !isSpace(text.charAt(j)))
            return false;
        int next = skipSpace(text, j, to);
        if (next >= to || !(Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next))
                || text.charAt(next) == '"' || text.charAt(next) == '\u201C'))
            return false;
        int wordStart = dot;
        while (wordStart > start && !isSpace(text.charAt(wordStart - 1)))
            wordStart--;
        String word = text.substring(wordStart, dot + 1);
        return !ABBREVIATIONS.contains(word) && !word.matches("[A-Z]\\.");
    }

    /** White space, including the no-break spaces (U+00A0, U+2007, U+202F) that web pages put after a full stop. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '\u201D' || c == '\u2019';
    }

    private static int skipMarker(String text, int from, int to) {
        int i = skipSpace(text, from, to);
        if (i < to && (text.charAt(i) == '\u2022' || text.charAt(i) == '-' || text.charAt(i) == '*'))
            i = skipSpace(text, i + 1, to);
        return i;
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i)))
            i++;
        return i;
    }

    private static void add(String text, int from, int to, String section, List<Sentence> out) {
        int end = to;
        while (end > from && isSpace(text.charAt(end - 1)))
            end--;
        if (end <= from)
            return;
        Span span = new Span(text.codePointCount(0, from), text.codePointCount(0, end));
        out.add(new Sentence(out.size(), span, text.substring(from, end), section));
    }
}
