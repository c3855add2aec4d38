package org.factgraph.source;

import java.util.regex.Pattern;

import org.factgraph.model.Location;
import org.factgraph.vocab.Prefixes;

/** Syntax checks shared by the readers: ids become IRI path segments, so they are kept to a safe alphabet. */
final class Ids {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern ENTITY_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)+");

    static String slug(String id, Location where, String what) {
        if (!SLUG.matcher(id).matches())
            throw new DataException(where, "bad " + what + " id '" + id
                    + "'; use lower-case letters, digits and single hyphens, e.g. 'us-canada-trade'");
        return id;
    }

    static String entityId(String id, Location where) {
        if (!ENTITY_ID.matcher(id).matches())
            throw new DataException(where, "bad entity id '" + id
                    + "'; use kind/name in lower case with hyphens, e.g. 'country/canada'");
        return id;
    }

    /** Checks that a compact IRI uses a known prefix and a local name that makes a valid IRI. */
    static String curie(String curie, Location where) {
        if (Prefixes.expand(curie).isEmpty() || curie.endsWith(":"))
            throw new DataException(where, "unknown term '" + curie + "'; write prefix:name with one of the prefixes "
                    + new java.util.TreeSet<>(Prefixes.standard().keySet()));
        String local = curie.substring(curie.indexOf(':') + 1);
        if (!LOCAL_NAME.matcher(local).matches())
            throw new DataException(where, "bad term '" + curie + "'; after the prefix write a name of letters, digits,"
                    + " '_' and '-' that starts with a letter or '_', e.g. schema:Country");
        return curie;
    }

    private Ids() {}
}
