package org.factgraph.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.factgraph.model.Document;
import org.factgraph.model.Entity;
import org.factgraph.model.Evidence;
import org.factgraph.model.ExternalLink;
import org.factgraph.model.Fact;
import org.factgraph.model.FactBase;
import org.factgraph.model.Mention;
import org.factgraph.model.Sentence;
import org.factgraph.model.Statement;
import org.factgraph.model.Value;
import org.factgraph.vocab.Dct;
import org.factgraph.vocab.Fg;
import org.factgraph.vocab.Itsrdf;
import org.factgraph.vocab.Nif;
import org.factgraph.vocab.Owl;
import org.factgraph.vocab.Prefixes;
import org.factgraph.vocab.Prov;
import org.factgraph.vocab.Rdf;
import org.factgraph.vocab.Rdfs;
import org.factgraph.vocab.Schema;
import org.factgraph.vocab.Skos;

/**
 * Maps a {@link FactBase} to RDF quads pushed to a {@link StreamRDF}. Each statement's facts go into a named graph
 * whose name is the statement IRI; the provenance graph says which sentence and exact quote each statement comes
 * from. The default graph is left empty: stores serve the union of the named graphs as the default graph.
 */
public final class FactGraphWriter {
    private final IriPolicy iris;
    private final StreamRDF out;
    /** The IRI of the text of the document being written: computing it counts the code points of the whole text. */
    private Node text;

    private FactGraphWriter(IriPolicy iris, StreamRDF out) {
        this.iris = iris;
        this.out = out;
    }

    /** Writes everything; calls {@code start} and {@code finish} on {@code out}. */
    public static void write(FactBase facts, IriPolicy iris, StreamRDF out) {
        out.start();
        Prefixes.forBase(iris.base()).forEach(out::prefix);
        new FactGraphWriter(iris, out).all(facts);
        out.finish();
    }

    /** Writes the quads of the entities and links graphs only; no {@code start}, {@code finish} or prefixes. */
    public static void writeEntities(java.util.List<Entity> entities, IriPolicy iris, StreamRDF out) {
        FactGraphWriter w = new FactGraphWriter(iris, out);
        for (Entity e : entities)
            w.entity(e);
        w.curatedGraphs();
    }

    /** Writes the quads of one document (its provenance and its statements' graphs); no {@code start} or {@code finish}. */
    public static void writeDocument(Document d, IriPolicy iris, StreamRDF out) {
        new FactGraphWriter(iris, out).document(d);
    }

    private void all(FactBase facts) {
        for (Entity e : facts.entities())
            entity(e);
        curatedGraphs();
        for (Document d : facts.documents())
            document(d);
    }

    /**
     * Describes the curated graphs: the entities graph comes from the documents (each document adds its
     * {@code prov:wasDerivedFrom}), the links graph from the sources each link record names.
     */
    private void curatedGraphs() {
        Node g = iris.provenanceGraph();
        quad(g, iris.entitiesGraph(), Rdf.TYPE, Prov.ENTITY);
        quad(g, iris.entitiesGraph(), Rdfs.LABEL, en("Entities named by the source documents: types and labels"));
        quad(g, iris.linksGraph(), Rdf.TYPE, Prov.ENTITY);
        quad(g, iris.linksGraph(), Rdfs.LABEL, en("Links to Wikidata, DBpedia and GeoNames, each confirmed by a published source"));
    }

    private void entity(Entity e) {
        Node g = iris.entitiesGraph();
        Node s = iris.entity(e.id());
        for (String type : e.types())
            quad(g, s, Rdf.TYPE, term(type));
        quad(g, s, Rdfs.LABEL, en(e.label()));
        for (String alt : e.altLabels())
            quad(g, s, Skos.ALT_LABEL, en(alt));
        if (!e.description().isEmpty())
            quad(g, s, Schema.DESCRIPTION, en(e.description()));
        boolean concept = e.types().contains("skos:Concept");
        for (ExternalLink link : e.links()) {
            Node predicate = concept ? Skos.EXACT_MATCH : Owl.SAME_AS;
            Node target = IriPolicy.external(link);
            quad(iris.linksGraph(), s, predicate, target);
            linkEvidence(e, link, s, predicate, target);
        }
    }

    /** Records, for each link, where its identifier was confirmed (a reified statement in the provenance graph). */
    private void linkEvidence(Entity e, ExternalLink link, Node s, Node predicate, Node target) {
        Node g = iris.provenanceGraph();
        Node record = iris.link(e.id(), link.target().key());
        quad(g, record, Rdf.TYPE, Rdf.STATEMENT);
        quad(g, record, Rdf.SUBJECT, s);
        quad(g, record, Rdf.PREDICATE, predicate);
        quad(g, record, Rdf.OBJECT, target);
        quad(g, record, Dct.IS_PART_OF, iris.linksGraph());
        quad(g, record, Skos.NOTE, en("Confirmed: " + link.confirmedBy()));
    }

    private void document(Document d) {
        Node g = iris.provenanceGraph();
        Node doc = iris.document(d);
        quad(g, doc, Rdf.TYPE, Schema.REPORT);
        quad(g, doc, Rdf.TYPE, Prov.ENTITY);
        quad(g, doc, Dct.TITLE, en(d.title()));
        quad(g, doc, Dct.PUBLISHER, iris.entity(d.publisher()));
        quad(g, doc, Dct.DATE, literal(d.date(), d.date().length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate));
        for (String note : d.notes())
            quad(g, doc, Skos.NOTE, en(note));
        quad(g, doc, Dct.LANGUAGE, literal(d.language(), XSDDatatype.XSDlanguage));
        quad(g, doc, Dct.LICENSE, NodeFactory.createURI(d.license()));
        if (!d.sourceUrl().isEmpty())
            quad(g, doc, Dct.SOURCE, NodeFactory.createURI(d.sourceUrl()));

        quad(g, iris.entitiesGraph(), Prov.WAS_DERIVED_FROM, doc);

        text = iris.text(d);
        quad(g, text, Rdf.TYPE, Nif.CONTEXT);
        quad(g, text, Rdf.TYPE, Nif.RFC5147_STRING);
        quad(g, text, Nif.IS_STRING, NodeFactory.createLiteralString(d.source().text()));
        quad(g, text, Nif.BEGIN_INDEX, index(0));
        quad(g, text, Nif.END_INDEX, index(d.source().length()));
        quad(g, text, Nif.SOURCE_URL, doc);
        for (Sentence s : d.source().sentences())
            sentence(d, s);
        for (Mention m : d.mentions())
            mention(d, m);
        for (Statement s : d.statements())
            statement(d, s);
    }

    private void sentence(Document d, Sentence s) {
        Node g = iris.provenanceGraph();
        Node node = iris.span(d, s.span());
        quad(g, node, Rdf.TYPE, Nif.SENTENCE);
        span(g, d, node, s.span().begin(), s.span().end(), s.text());
        if (!s.section().isEmpty())
            quad(g, node, Fg.SECTION, en(s.section()));
    }

    private void mention(Document d, Mention m) {
        Node g = iris.provenanceGraph();
        Node node = iris.span(d, m.span());
        quad(g, node, Rdf.TYPE, Nif.PHRASE);
        span(g, d, node, m.span().begin(), m.span().end(), m.text());
        quad(g, node, Itsrdf.TA_IDENT_REF, iris.entity(m.entityId()));
    }

    private void span(Node g, Document d, Node node, int begin, int end, String text) {
        quad(g, node, Rdf.TYPE, Nif.RFC5147_STRING);
        quad(g, node, Nif.ANCHOR_OF, NodeFactory.createLiteralString(text));
        quad(g, node, Nif.BEGIN_INDEX, index(begin));
        quad(g, node, Nif.END_INDEX, index(end));
        quad(g, node, Nif.REFERENCE_CONTEXT, this.text);
    }

    private void statement(Document d, Statement st) {
        Node g = iris.provenanceGraph();
        Node node = iris.statement(d, st);
        quad(g, node, Rdf.TYPE, Fg.STATEMENT);
        if (st.inferred()) {
            quad(g, node, Rdf.TYPE, Fg.INFERRED_STATEMENT);
            quad(g, node, Skos.NOTE, en(st.inference()));
        }
        quad(g, node, Prov.HAD_PRIMARY_SOURCE, iris.document(d));
        evidence(g, d, node, st.evidence());
        st.support().forEach(e -> evidence(g, d, node, e));

        Node subject = iris.entity(st.subject());
        int[] values = {0};
        for (Fact f : st.facts())
            fact(node, d, st, subject, f, values);
    }

    private void evidence(Node g, Document d, Node statement, Evidence e) {
        Node quote = iris.span(d, e.span());
        quad(g, statement, Prov.WAS_DERIVED_FROM, iris.span(d, e.sentence().span()));
        quad(g, statement, Fg.QUOTE, quote);
        span(g, d, quote, e.span().begin(), e.span().end(), e.quote());
        if (!e.span().equals(e.sentence().span()))
            quad(g, quote, Nif.SUPER_STRING, iris.span(d, e.sentence().span()));
    }

    private void fact(Node g, Document d, Statement st, Node subject, Fact f, int[] values) {
        Node predicate = term(f.predicate());
        if (f.value() instanceof Value.EntityRef ref)
            quad(g, subject, predicate, iris.entity(ref.id()));
        else if (f.value() instanceof Value.Literal lit)
            quad(g, subject, predicate, literal(lit));
        else if (f.value() instanceof Value.Quantity q) {
            Node value = iris.value(d, st, ++values[0]);
            quad(g, subject, predicate, value);
            quantity(g, d, st, value, q, values);
        }
    }

    private void quantity(Node g, Document d, Statement st, Node node, Value.Quantity q, int[] values) {
        boolean money = !q.currency().isEmpty();
        quad(g, node, Rdf.TYPE, money ? Schema.MONETARY_AMOUNT : Schema.QUANTITATIVE_VALUE);
        quad(g, node, Schema.VALUE, literal(Value.canonicalDecimal(q.amount()), XSDDatatype.XSDdecimal));
        if (money)
            quad(g, node, Schema.CURRENCY, NodeFactory.createLiteralString(q.currency()));
        else
            quad(g, node, Schema.UNIT_TEXT, en(q.unit()));
        if (!q.period().isEmpty())
            quad(g, node, Fg.PERIOD, literal(q.period(), XSDDatatype.XSDduration));
        if (!q.qualifier().isEmpty())
            quad(g, node, Fg.VALUE_QUALIFIER, Qualifiers.node(q.qualifier()));
        for (Fact f : q.extra())
            fact(g, d, st, node, f, values);
    }

    private static Node literal(Value.Literal lit) {
        if (!lit.lang().isEmpty())
            return NodeFactory.createLiteralLang(lit.lexical(), lit.lang());
        String iri = Prefixes.expand(lit.datatype()).orElseThrow();
        RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(iri);
        return NodeFactory.createLiteralDT(lit.lexical(), dt);
    }

    private static Node literal(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static Node index(int i) {
        return literal(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node term(String curie) {
        return NodeFactory.createURI(Prefixes.expand(curie).orElseThrow());
    }

    private void quad(Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }
}
