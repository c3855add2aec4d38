package org.factgraph.vocab;

import org.apache.jena.graph.Node;

/** W3C Organization Ontology terms. */
public final class Org {
    public static final String NS = "http://www.w3.org/ns/org#";
    public static final String PREFIX = "org";

    public static final Node FORMAL_ORGANIZATION = Vocab.term(NS, "FormalOrganization");
    public static final Node ORGANIZATIONAL_COLLABORATION = Vocab.term(NS, "OrganizationalCollaboration");
    public static final Node POST = Vocab.term(NS, "Post");
    public static final Node HELD_BY = Vocab.term(NS, "heldBy");
    public static final Node POST_IN = Vocab.term(NS, "postIn");
    public static final Node MEMBER_OF = Vocab.term(NS, "memberOf");
    public static final Node HAS_MEMBER = Vocab.term(NS, "hasMember");

    private Org() {}
}
