package org.factgraph.vocab;

/** XML Schema datatypes namespace; datatype instances come from Jena's {@code XSDDatatype}. */
public final class Xsd {
    public static final String NS = "http://www.w3.org/2001/XMLSchema#";
    public static final String PREFIX = "xsd";

    private Xsd() {}
}
