package org.factgraph.vocab;

/** GeoNames semantic web namespace (features are {@code https://sws.geonames.org/ID/}). */
public final class GeoNames {
    public static final String NS = "https://sws.geonames.org/";
    public static final String PREFIX = "gn";

    private GeoNames() {}
}
