package org.factgraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP content negotiation on {@code Accept} (RFC 9110 §12.5.1): media ranges with q-values, the most specific range
 * matching an offer deciding its quality. Among equal qualities the offer matched by the more specific range wins,
 * then the earlier offer. No {@code Accept} header means anything, so the first offer. An offer's alias types
 * (e.g. {@code application/json} for JSON-LD) count only when the client names them exactly.
 */
public final class Conneg {
    private record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            return type.equals("*") || (type.equals(t) && (subtype.equals("*") || subtype.equals(s)));
        }
    }

    /** The best offer for {@code accept}, or empty when nothing offered is acceptable (406). */
    public static Optional<DocFormat> choose(String accept, List<DocFormat> offers) {
        if (accept == null || accept.isBlank())
            return offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(0));
        List<Range> ranges = parse(accept);
        DocFormat best = null;
        double bestQ = 0;
        int bestSpec = -1;
        for (DocFormat f : offers) {
            List<String> types = new ArrayList<>();
            types.add(f.mediaType());
            types.addAll(f.aliases());
            for (String type : types) {
                Range r = mostSpecific(ranges, type);
                // Aliases count only when named: "*/*" or "application/*" must not pick HTML via application/xhtml+xml.
                if (r == null || r.q() <= 0 || (!type.equals(f.mediaType()) && r.specificity() < 2))
                    continue;
                if (r.q() > bestQ || (r.q() == bestQ && r.specificity() > bestSpec)) {
                    best = f;
                    bestQ = r.q();
                    bestSpec = r.specificity();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Range mostSpecific(List<Range> ranges, String mediaType) {
        Range found = null;
        for (Range r : ranges)
            if (r.matches(mediaType) && (found == null || r.specificity() > found.specificity()))
                found = r;
        return found;
    }

    static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String mt = params[0].strip().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1)
                continue;
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.length() > 2 && (p.startsWith("q=") || p.startsWith("Q="))) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).strip())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String type = mt.substring(0, slash);
            String subtype = mt.substring(slash + 1);
            if (type.equals("*") && !subtype.equals("*"))
                continue;
            out.add(new Range(type, subtype, q));
        }
        return out;
    }

    private Conneg() {}
}
