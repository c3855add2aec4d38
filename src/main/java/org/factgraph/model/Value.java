package org.factgraph.model;

import java.math.BigDecimal;
import java.util.List;

/** The object of a fact. */
public sealed interface Value {
    Location location();

    /** XSD canonical form of a decimal ("2000000000.0"), as stores return it, so values survive a round trip. */
    static String canonicalDecimal(BigDecimal d) {
        String plain = d.stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** A reference to a declared entity by id. */
    record EntityRef(String id, Location location) implements Value {}

    /** A literal: {@code datatype} is a compact IRI (e.g. {@code xsd:date}), or {@code lang} is set for text. */
    record Literal(String lexical, String datatype, String lang, Location location) implements Value {}

    /**
     * An amount: a number with a currency (ISO 4217) or a unit, an optional period it is measured over (an
     * {@code xsd:duration} such as {@code P1D}) and an optional qualifier ({@code more-than}, {@code less-than},
     * {@code about}).
     */
    record Quantity(BigDecimal amount, String currency, String unit, String period, String qualifier,
            List<Fact> extra, Location location) implements Value {
        public Quantity {
            extra = List.copyOf(extra);
        }
    }
}
