package org.factgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.factgraph.model.Sentence;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> texts(String text, String... headings) {
        return new SentenceSplitter(Set.of(headings)).split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAfterFullStopFollowedByNoBreakSpace() {
        // state.gov pages end sentences with ".\u00A0 " (no-break space, then a space)
        assertEquals(List.of("One partnership.", "For more than 150 years."),
                texts("One partnership.\u00A0 For more than 150 years."));
    }

    @Test
    void doesNotSplitAfterAbbreviation() {
        assertEquals(List.of("As outlined in the U.S. National Strategy for the Arctic Region, we act."),
                texts("As outlined in the U.S. National Strategy for the Arctic Region, we act."));
    }

    @Test
    void bulletMarkerIsNotPartOfTheSentenceAndHeadingsAreSkipped() {
        List<Sentence> s = new SentenceSplitter(Set.of("Heading")).split("Heading\n  \u2022 First. Second.\n");
        assertEquals(List.of("First.", "Second."), s.stream().map(Sentence::text).toList());
        assertEquals("Heading", s.get(0).section());
        assertEquals(12, s.get(0).span().begin());
    }
}
