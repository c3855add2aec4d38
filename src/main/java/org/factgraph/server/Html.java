package org.factgraph.server;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** HTML escaping, the page shell and human formatting of numbers and dates. Every graph value goes through {@link #esc}. */
final class Html {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    static final String CSS = """
            :root { --fg: #1b1b1b; --muted: #555; --link: #0b4f9c; --bg: #fff; --mark: #fff3b0; --line: #ccc; }
            * { box-sizing: border-box; }
            body { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
                   background: var(--bg); margin: 0; }
            header.site, main, footer.site { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1rem; }
            header.site { border-bottom: 1px solid var(--line); }
            header.site a { margin-right: 1rem; }
            a { color: var(--link); }
            a:focus { outline: 3px solid #f5a623; }
            .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 0.5rem; background: #fff; }
            h1 { font-size: 1.8rem; margin: 0.5rem 0; }
            h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
            .muted, .types { color: var(--muted); }
            .iri { font-family: ui-monospace, monospace; font-size: 0.85rem; word-break: break-all; }
            ul.facts > li { margin-bottom: 0.8rem; }
            blockquote { margin: 0.3rem 0 0 1rem; padding-left: 0.7rem; border-left: 4px solid var(--line);
                         color: var(--muted); }
            table { border-collapse: collapse; margin: 0.5rem 0; }
            th, td { border: 1px solid var(--line); padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
            .source-text { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.7; }
            .evidence { background: var(--mark); }
            mark { background: #ffe066; color: inherit; }
            .sentence:target, .evidence:target { outline: 3px solid #f5a623; }
            a.mention { text-decoration: underline dotted; }
            textarea { width: 100%; font-family: ui-monospace, monospace; }
            svg { max-width: 100%; height: auto; border: 1px solid var(--line); }
            footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
            """;

    /** Escapes text for element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null)
            return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** JSON made safe inside {@code <script>}: no {@code </script>}, no {@code <!--}. */
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The page shell: {@code head} is trusted markup, {@code body} too; callers escape graph values. */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + " · factgraph</title>\n"
                + "<link rel=\"stylesheet\" href=\"/style.css\">\n" + head
                + "</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header class=\"site\"><nav aria-label=\"Site\"><a href=\"/\">factgraph</a>"
                + "<a href=\"/sparql\">SPARQL</a><a href=\"/void\">VoID</a><a href=\"/sitemap.xml\">Sitemap</a></nav></header>\n"
                + "<main id=\"main\">\n" + body + "\n</main>\n"
                + "<footer class=\"site\">Data: U.S. Department of State fact sheets (public domain). "
                + "Every fact links to the sentence it was read from.</footer>\n</body>\n</html>\n";
    }

    /** 2000000000 → "2 billion", 2600000000 → "2.6 billion", 1500 → "1,500". */
    static String number(BigDecimal n) {
        BigDecimal abs = n.abs();
        String[] names = {"trillion", "billion", "million"};
        long[] scales = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L};
        for (int i = 0; i < scales.length; i++) {
            BigDecimal scale = BigDecimal.valueOf(scales[i]);
            if (abs.compareTo(scale) >= 0) {
                BigDecimal v = n.divide(scale).stripTrailingZeros();
                return plain(v) + " " + names[i];
            }
        }
        if (n.stripTrailingZeros().scale() <= 0)
            return String.format(Locale.ENGLISH, "%,d", n.toBigInteger());
        return plain(n.stripTrailingZeros());
    }

    private static String plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    /** An ISO 8601 duration of one unit read as a rate: P1D → "per day". */
    static String period(String duration) {
        return switch (duration) {
            case "P1D" -> "per day";
            case "P7D", "P1W" -> "per week";
            case "P1M" -> "per month";
            case "P1Y" -> "per year";
            default -> "per " + duration;
        };
    }

    /** "2022-10-27" → "27 October 2022"; "2022-10" → "October 2022"; anything else as is. */
    static String date(String lexical) {
        try {
            if (lexical.length() == 10)
                return LocalDate.parse(lexical).format(DAY_MONTH_YEAR);
            if (lexical.length() == 7)
                return YearMonth.parse(lexical).format(MONTH_YEAR);
        } catch (DateTimeParseException e) {
            // shown as written
        }
        return lexical;
    }

    /** "27–28 October 2022", "30 October – 2 November 2022", or two full dates. */
    static String dateRange(String start, String end) {
        try {
            LocalDate a = LocalDate.parse(start);
            LocalDate b = LocalDate.parse(end);
            if (a.equals(b))
                return a.format(DAY_MONTH_YEAR);
            if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth())
                return a.getDayOfMonth() + "\u2013" + b.format(DAY_MONTH_YEAR);
            if (a.getYear() == b.getYear())
                return a.format(DAY_MONTH) + " \u2013 " + b.format(DAY_MONTH_YEAR);
            return a.format(DAY_MONTH_YEAR) + " \u2013 " + b.format(DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return date(start) + " \u2013 " + date(end);
        }
    }

    private Html() {}
}
