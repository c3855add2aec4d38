package org.factgraph.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import org.factgraph.model.Fact;
import org.factgraph.model.Location;
import org.factgraph.model.Value;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code facts} of a statement: {@code predicate: value} or {@code predicate: [values]}. A bare value is
 * an entity id; a mapping is a literal ({@code text}, {@code date}, {@code year-month}, {@code integer},
 * {@code decimal}, {@code duration}) or an amount ({@code amount} with {@code currency} or {@code unit}, and
 * optionally {@code period}, {@code qualifier} and {@code facts}).
 */
final class ValueReader {
    static final Set<String> QUALIFIERS = Set.of("more-than", "less-than", "at-least", "about");
    private static final Set<String> AMOUNT_KEYS = Set.of("amount", "currency", "unit", "period", "qualifier", "facts");

    private final YamlFile file;

    ValueReader(YamlFile file) {
        this.file = file;
    }

    List<Fact> facts(YamlFile.Map facts) {
        List<Fact> out = new ArrayList<>();
        for (NodeTuple t : facts.entries()) {
            Location at = file.at(t.getKeyNode());
            String predicate = Ids.curie(((ScalarNode) t.getKeyNode()).getValue(), at);
            List<Node> values = t.getValueNode() instanceof SequenceNode s ? s.getValue() : List.of(t.getValueNode());
            if (values.isEmpty())
                throw new DataException(at, "'" + predicate + "' has an empty list; give at least one value");
            for (Node v : values)
                out.add(new Fact(predicate, value(v), file.at(v)));
        }
        return out;
    }

    private Value value(Node node) {
        Location at = file.at(node);
        if (node instanceof ScalarNode s)
            return new Value.EntityRef(Ids.entityId(s.getValue(), at), at);
        YamlFile.Map m = file.map(node, "a value");
        if (m.get("amount").isPresent())
            return amount(m, at);
        if (m.keys().size() == 2 && m.get("text").isPresent() && m.get("lang").isPresent())
            return new Value.Literal(m.text("text"), "", m.text("lang"), at);
        if (m.keys().size() != 1)
            throw new DataException(at, "a value must be an entity id or one of text, date, year-month, integer, "
                    + "decimal, duration, amount; found " + m.keys());
        String kind = m.keys().iterator().next();
        String lexical = m.text(kind);
        return switch (kind) {
            case "text" -> new Value.Literal(lexical, "", "en", at);
            case "date" -> checked(lexical, "xsd:date", at, () -> LocalDate.parse(lexical), "a date like 2022-10-27");
            case "year-month" -> checked(lexical, "xsd:gYearMonth", at, () -> YearMonth.parse(lexical),
                    "a year and month like 2021-11");
            case "integer" -> canonical(checked(lexical, "xsd:integer", at, () -> new BigInteger(lexical), "a whole number"),
                    new BigInteger(lexical).toString());
            case "decimal" -> canonical(checked(lexical, "xsd:decimal", at, () -> new BigDecimal(lexical), "a decimal number"),
                    Value.canonicalDecimal(new BigDecimal(lexical)));
            case "duration" -> checked(lexical, "xsd:duration", at, () -> duration(lexical), "a duration like P1D");
            default -> throw new DataException(at, "unknown value kind '" + kind
                    + "'; use text, date, year-month, integer, decimal, duration or amount");
        };
    }

    private Value amount(YamlFile.Map m, Location at) {
        m.onlyKeys(AMOUNT_KEYS);
        String raw = m.text("amount");
        BigDecimal amount;
        try {
            amount = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new DataException(m.locationOf("amount"), "amount '" + raw
                    + "' is not a number; write digits only, e.g. 2000000000 for 2 billion");
        }
        String currency = m.text("currency", "");
        String unit = m.text("unit", "");
        if (currency.isEmpty() == unit.isEmpty())
            throw new DataException(at, "an amount needs exactly one of 'currency' (ISO 4217, e.g. USD) or 'unit'");
        if (!currency.isEmpty())
            isoCurrency(currency, m.locationOf("currency"));
        String period = m.text("period", "");
        if (!period.isEmpty())
            checked(period, "xsd:duration", m.locationOf("period"), () -> duration(period), "a duration like P1D");
        String qualifier = m.text("qualifier", "");
        if (!qualifier.isEmpty() && !QUALIFIERS.contains(qualifier))
            throw new DataException(m.locationOf("qualifier"), "unknown qualifier '" + qualifier + "'; use one of "
                    + new java.util.TreeSet<>(QUALIFIERS));
        List<Fact> extra = m.map("facts").map(this::facts).orElse(List.of());
        return new Value.Quantity(amount, currency, unit, period, qualifier, extra, at);
    }

    private static void isoCurrency(String code, Location at) {
        try {
            if (!code.equals(code.toUpperCase()) || Currency.getInstance(code) == null)
                throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            throw new DataException(at, "unknown currency '" + code + "'; use an ISO 4217 code such as USD or CAD");
        }
    }

    private static Object duration(String lexical) {
        if (!lexical.matches("-?P(?!$)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?!$)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?"))
            throw new IllegalArgumentException(lexical);
        return lexical;
    }

    /** Numbers are written in XSD canonical form, as stores return them, so values survive a round trip. */
    private static Value.Literal canonical(Value.Literal checked, String canonical) {
        return new Value.Literal(canonical, checked.datatype(), "", checked.location());
    }

    private static Value.Literal checked(String lexical, String datatype, Location at, Check check, String expected) {
        try {
            check.run();
        } catch (RuntimeException e) {
            throw new DataException(at, "'" + lexical + "' is not " + expected);
        }
        return new Value.Literal(lexical, datatype, "", at);
    }

    @FunctionalInterface
    private interface Check {
        Object run();
    }
}
