package org.factgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number, date and escaping helpers, and Accept parsing edge cases, without a server. */
class FormattingTest {
    @ParameterizedTest
    @CsvSource({"2000000000,2 billion", "2600000000,2.6 billion", "1500000,1.5 million", "30,30", "1500,'1,500'",
            "3000000000000,3 trillion", "0.5,0.5"})
    void numbers(String in, String out) {
        assertEquals(out, Html.number(new BigDecimal(in)));
    }

    @Test
    void dates() {
        assertEquals("27 October 2022", Html.date("2022-10-27"));
        assertEquals("October 2022", Html.date("2022-10"));
        assertEquals("27\u201328 October 2022", Html.dateRange("2022-10-27", "2022-10-28"));
        assertEquals("30 October \u2013 2 November 2022", Html.dateRange("2022-10-30", "2022-11-02"));
        assertEquals("31 December 2022 \u2013 1 January 2023", Html.dateRange("2022-12-31", "2023-01-01"));
        assertEquals("per day", Html.period("P1D"));
    }

    @Test
    void escaping() {
        assertEquals("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;", Html.esc("<a href=\"x\" onclick='y'>&"));
        assertEquals("{\"a\":\"\\u003c/script\\u003e\"}", Html.scriptJson("{\"a\":\"</script>\"}"));
        assertEquals("/doc/caf%C3%A9%20x.ttl", Urls.path("/doc/café x.ttl"));
    }

    @Test
    void acceptEdgeCases() {
        List<DocFormat> all = List.of(DocFormat.values());
        assertEquals(Optional.of(DocFormat.TURTLE), Conneg.choose("TEXT/TURTLE", all));
        assertEquals(Optional.of(DocFormat.TURTLE), Conneg.choose("text/turtle; charset=utf-8; q=0.9", all));
        assertEquals(Optional.of(DocFormat.HTML), Conneg.choose("garbage, */*", all));
        assertEquals(Optional.empty(), Conneg.choose("text/turtle;q=0", all));
        assertEquals(Optional.empty(), Conneg.choose("text/turtle;q=abc", all));
        assertEquals(Optional.of(DocFormat.NTRIPLES), Conneg.choose("text/plain", all));
        assertEquals(Optional.of(DocFormat.HTML), Conneg.choose("", all));
    }
}
