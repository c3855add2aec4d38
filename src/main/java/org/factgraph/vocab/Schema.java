package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** schema.org terms used by factgraph. */
public final class Schema {
    public static final String NS = "http://schema.org/";
    public static final String PREFIX = "schema";

    public static final Node COUNTRY = Vocab.term(NS, "Country");
    public static final Node ORGANIZATION = Vocab.term(NS, "Organization");
    public static final Node GOVERNMENT_ORGANIZATION = Vocab.term(NS, "GovernmentOrganization");
    public static final Node PERSON = Vocab.term(NS, "Person");
    public static final Node EVENT = Vocab.term(NS, "Event");
    public static final Node PLACE = Vocab.term(NS, "Place");
    public static final Node CONTINENT = Vocab.term(NS, "Continent");
    public static final Node RIVER_BODY_OF_WATER = Vocab.term(NS, "RiverBodyOfWater");
    public static final Node CREATIVE_WORK = Vocab.term(NS, "CreativeWork");
    public static final Node REPORT = Vocab.term(NS, "Report");
    public static final Node MONETARY_AMOUNT = Vocab.term(NS, "MonetaryAmount");
    public static final Node QUANTITATIVE_VALUE = Vocab.term(NS, "QuantitativeValue");
    public static final Node LEGISLATION = Vocab.term(NS, "Legislation");
    public static final Node NAME = Vocab.term(NS, "name");
    public static final Node DESCRIPTION = Vocab.term(NS, "description");
    public static final Node START_DATE = Vocab.term(NS, "startDate");
    public static final Node END_DATE = Vocab.term(NS, "endDate");
    public static final Node LOCATION = Vocab.term(NS, "location");
    public static final Node ATTENDEE = Vocab.term(NS, "attendee");
    public static final Node VALUE = Vocab.term(NS, "value");
    public static final Node CURRENCY = Vocab.term(NS, "currency");
    public static final Node UNIT_TEXT = Vocab.term(NS, "unitText");
    public static final Node MIN_VALUE = Vocab.term(NS, "minValue");
    public static final Node ABOUT = Vocab.term(NS, "about");
    public static final Node PARTICIPANT = Vocab.term(NS, "participant");
    public static final Node DATE_PUBLISHED = Vocab.term(NS, "datePublished");
    public static final Node PUBLISHER = Vocab.term(NS, "publisher");
    public static final Node IN_LANGUAGE = Vocab.term(NS, "inLanguage");
    public static final Node IS_PART_OF = Vocab.term(NS, "isPartOf");
    public static final Node CONTAINS_PLACE = Vocab.term(NS, "containsPlace");
    public static final Node ITEM_LIST_ELEMENT = Vocab.term(NS, "itemListElement");
    public static final Node NUMBER_OF_ITEMS = Vocab.term(NS, "numberOfItems");

    private Schema() {}
}
