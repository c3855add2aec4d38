package org.factgraph.publish;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.factgraph.model.Document;
import org.factgraph.model.Entity;
import org.factgraph.model.ExternalLink;
import org.factgraph.model.LinkTarget;
import org.factgraph.rdf.IriPolicy;
import org.factgraph.vocab.DBpedia;
import org.factgraph.vocab.Dcat;
import org.factgraph.vocab.Dct;
import org.factgraph.vocab.Fg;
import org.factgraph.vocab.Nif;
import org.factgraph.vocab.Org;
import org.factgraph.vocab.Prov;
import org.factgraph.vocab.Schema;
import org.factgraph.vocab.GeoNames;
import org.factgraph.vocab.Owl;
import org.factgraph.vocab.Prefixes;
import org.factgraph.vocab.Rdf;
import org.factgraph.vocab.Skos;
import org.factgraph.vocab.VoidVocab;
import org.factgraph.vocab.Wikidata;

/** Describes the built dataset in VoID and DCAT: counts, distributions, linksets, licence and sources. */
public final class VoidDescription {
    /** Public Domain Mark: the fact sheets are U.S. government works (17 U.S.C. § 105). */
    public static final String DATA_LICENSE = "https://creativecommons.org/publicdomain/mark/1.0/";
    /** Where the SPARQL endpoint of {@code factgraph serve} lives, relative to the base. */
    public static final String SPARQL_PATH = "factgraph/sparql";
    /** Where the dumps are served, relative to the base. */
    public static final String DUMPS_PATH = "dumps/";

    private final BuiltGraph built;
    private final LocalDate modified;
    private final long triples;
    private final java.util.Set<RdfFormat> dumps;
    private final Graph g = GraphFactory.createDefaultGraph();

    public VoidDescription(BuiltGraph built, LocalDate modified) {
        this(built, modified, built.union().size(), java.util.EnumSet.allOf(RdfFormat.class));
    }

    /** For a build that did not hold the whole graph: the triple count and the dumps written are given. */
    public VoidDescription(BuiltGraph built, LocalDate modified, long triples, java.util.Set<RdfFormat> dumps) {
        this.built = built;
        this.modified = modified;
        this.triples = triples;
        this.dumps = dumps;
    }

    public Graph graph() {
        IriPolicy iris = built.iris();
        String base = iris.base();
        Node ds = iris.dataset();
        Prefixes.forBase(base).forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
        add(ds, Rdf.TYPE, VoidVocab.DATASET);
        add(ds, Rdf.TYPE, Dcat.DATASET);
        add(ds, Dct.TITLE, en("factgraph: facts stated by U.S. Department of State fact sheets"));
        add(ds, Dct.DESCRIPTION, en("Every entity and relation the fact sheets state, with each fact traced to "
                + "its source sentence, validated with SHACL and linked to Wikidata, DBpedia and GeoNames."));
        add(ds, Dct.LICENSE, iri(DATA_LICENSE));
        add(ds, Dct.MODIFIED, lit(modified.toString(), XSDDatatype.XSDdate));
        for (Document d : built.facts().documents()) {
            add(ds, Dct.SOURCE, iris.document(d));
            if (!d.sourceUrl().isEmpty())
                add(ds, Dct.SOURCE, iri(d.sourceUrl()));
            add(ds, Dct.ISSUED, lit(d.date(), d.date().length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate));
        }
        add(ds, VoidVocab.TRIPLES, count(triples));
        add(ds, VoidVocab.ENTITIES, count(built.facts().entities().size()));
        add(ds, VoidVocab.SPARQL_ENDPOINT, iri(base + SPARQL_PATH));
        add(ds, VoidVocab.URI_SPACE, NodeFactory.createLiteralString(base + "id/"));
        built.facts().entities().stream().filter(Entity::linkable).limit(3)
                .forEach(e -> add(ds, VoidVocab.EXAMPLE_RESOURCE, iris.entity(e.id())));
        for (String ns : List.of(Schema.NS, Org.NS, Prov.NS, Dct.NS, Skos.NS, Nif.NS, Fg.NS))
            add(ds, VoidVocab.VOCABULARY, iri(ns));
        for (RdfFormat f : RdfFormat.values())
            if (dumps.contains(f))
                distribution(ds, base, f);
        linksets(ds, base);
        return g;
    }

    private void distribution(Node ds, String base, RdfFormat f) {
        Node dist = iri(base + "void#dump-" + f.extension());
        add(ds, Dcat.DISTRIBUTION, dist);
        add(ds, VoidVocab.DATA_DUMP, iri(base + DUMPS_PATH + Builder.FILE_STEM + "." + f.extension()));
        add(dist, Rdf.TYPE, Dcat.DISTRIBUTION_CLASS);
        add(dist, Dct.TITLE, en(f.lang().getLabel() + " dump"));
        add(dist, Dcat.DOWNLOAD_URL, iri(base + DUMPS_PATH + Builder.FILE_STEM + "." + f.extension()));
        add(dist, Dcat.MEDIA_TYPE, iri("https://www.iana.org/assignments/media-types/" + f.mediaType()));
        add(dist, Dct.LICENSE, iri(DATA_LICENSE));
    }

    private void linksets(Node ds, String base) {
        Map<LinkTarget, Integer> sameAs = new EnumMap<>(LinkTarget.class);
        Map<LinkTarget, Integer> exact = new EnumMap<>(LinkTarget.class);
        for (Entity e : built.facts().entities())
            for (ExternalLink l : e.links())
                (e.types().contains("skos:Concept") ? exact : sameAs).merge(l.target(), 1, Integer::sum);
        sameAs.forEach((t, n) -> linkset(ds, base, t, Owl.SAME_AS, "sameas", n));
        exact.forEach((t, n) -> linkset(ds, base, t, Skos.EXACT_MATCH, "exactmatch", n));
    }

    private void linkset(Node ds, String base, LinkTarget t, Node predicate, String tag, int n) {
        Node target = iri(base + "void#" + t.key());
        Node ls = iri(base + "void#links-" + t.key() + "-" + tag);
        add(ds, VoidVocab.SUBSET, ls);
        add(ls, Rdf.TYPE, VoidVocab.LINKSET);
        add(ls, VoidVocab.SUBJECTS_TARGET, ds);
        add(ls, VoidVocab.OBJECTS_TARGET, target);
        add(ls, VoidVocab.LINK_PREDICATE, predicate);
        add(ls, VoidVocab.TRIPLES, count(n));
        add(target, Rdf.TYPE, VoidVocab.DATASET);
        add(target, Dct.TITLE, NodeFactory.createLiteralLang(switch (t) {
            case WIKIDATA -> "Wikidata";
            case DBPEDIA -> "DBpedia";
            case GEONAMES -> "GeoNames";
        }, "en"));
        add(target, VoidVocab.URI_SPACE, NodeFactory.createLiteralString(switch (t) {
            case WIKIDATA -> Wikidata.NS;
            case DBPEDIA -> DBpedia.NS;
            case GEONAMES -> GeoNames.NS;
        }));
    }

    private void add(Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node lit(String lex, XSDDatatype dt) {
        return NodeFactory.createLiteralDT(lex, dt);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
