package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** factgraph's own terms, defined in {@code ontology/factgraph.ttl}: only what the reused vocabularies lack. */
public final class Fg {
    public static final String NS = "https://w3id.org/factgraph/ns#";
    public static final String PREFIX = "fg";

    public static final Node STATEMENT = Vocab.term(NS, "Statement");
    public static final Node INFERRED_STATEMENT = Vocab.term(NS, "InferredStatement");
    public static final Node QUOTE = Vocab.term(NS, "quote");
    public static final Node SECTION = Vocab.term(NS, "section");
    public static final Node VALUE_QUALIFIER = Vocab.term(NS, "valueQualifier");
    public static final Node PERIOD = Vocab.term(NS, "period");
    public static final Node PARTY = Vocab.term(NS, "party");
    public static final Node RECIPIENT = Vocab.term(NS, "recipient");
    public static final Node OPPOSES = Vocab.term(NS, "opposes");
    public static final Node THROUGH = Vocab.term(NS, "through");
    public static final Node SHARED_VALUE = Vocab.term(NS, "sharedValue");
    public static final Node DURATION = Vocab.term(NS, "duration");
    public static final Node TRADE_VALUE = Vocab.term(NS, "tradeValue");
    public static final Node RANK = Vocab.term(NS, "rank");
    public static final Node INVESTOR = Vocab.term(NS, "investor");
    public static final Node INVESTMENT_DESTINATION = Vocab.term(NS, "investmentDestination");
    public static final Node TOP_EXPORT_DESTINATION_FOR = Vocab.term(NS, "topExportDestinationFor");
    public static final Node FIRST_ANNOUNCED = Vocab.term(NS, "firstAnnounced");
    public static final Node AGGRESSOR = Vocab.term(NS, "aggressor");
    public static final Node ALLIED_WITH = Vocab.term(NS, "alliedWith");

    private Fg() {}
}
