package org.factgraph.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.factgraph.publish.EntityDescription;
import org.factgraph.vocab.DBpedia;
import org.factgraph.vocab.Dct;
import org.factgraph.vocab.Fg;
import org.factgraph.vocab.GeoNames;
import org.factgraph.vocab.Itsrdf;
import org.factgraph.vocab.Nif;
import org.factgraph.vocab.Org;
import org.factgraph.vocab.Owl;
import org.factgraph.vocab.Prov;
import org.factgraph.vocab.Rdf;
import org.factgraph.vocab.Rdfs;
import org.factgraph.vocab.Schema;
import org.factgraph.vocab.Skos;
import org.factgraph.vocab.Wikidata;

/**
 * The HTML page of one resource, rendered from its description: label, types, each fact as a sentence with links
 * (outgoing and incoming), amounts and dates written out, the source sentence of every fact linked into the source
 * view, external links, alternates and the JSON-LD. Every value from the graph is escaped.
 */
final class EntityPage {
    /** How a predicate reads between subject and object; other predicates read "has {label}". */
    private static final Map<Node, String> PHRASES = new LinkedHashMap<>();
    static {
        PHRASES.put(Fg.PARTY, "has as a party");
        PHRASES.put(Fg.RECIPIENT, "has as recipient");
        PHRASES.put(Fg.OPPOSES, "opposes");
        PHRASES.put(Fg.THROUGH, "works through");
        PHRASES.put(Fg.SHARED_VALUE, "rests on the shared value of");
        PHRASES.put(Fg.DURATION, "has lasted");
        PHRASES.put(Fg.TRADE_VALUE, "is worth");
        PHRASES.put(Fg.RANK, "ranks");
        PHRASES.put(Fg.INVESTOR, "has as investor");
        PHRASES.put(Fg.INVESTMENT_DESTINATION, "has as destination");
        PHRASES.put(Fg.TOP_EXPORT_DESTINATION_FOR, "is the top export destination for");
        PHRASES.put(Fg.FIRST_ANNOUNCED, "was first announced in");
        PHRASES.put(Fg.AGGRESSOR, "has as aggressor");
        PHRASES.put(Fg.ALLIED_WITH, "is allied with");
        PHRASES.put(Schema.ABOUT, "is about");
        PHRASES.put(Schema.LOCATION, "takes place in");
        PHRASES.put(Schema.ATTENDEE, "is attended by");
        PHRASES.put(Schema.START_DATE, "starts on");
        PHRASES.put(Schema.END_DATE, "ends on");
        PHRASES.put(Schema.CONTAINS_PLACE, "contains");
        PHRASES.put(Schema.ITEM_LIST_ELEMENT, "lists");
        PHRASES.put(Schema.NUMBER_OF_ITEMS, "has as number of items");
        PHRASES.put(Schema.DESCRIPTION, "is described as");
        PHRASES.put(Org.HAS_MEMBER, "has as a member");
        PHRASES.put(Org.MEMBER_OF, "is a member of");
        PHRASES.put(Org.HELD_BY, "is held by");
        PHRASES.put(Org.POST_IN, "is a post in");
    }
    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(Rdf.TYPE, Rdfs.LABEL, Skos.ALT_LABEL, Schema.DESCRIPTION,
            Owl.SAME_AS, Skos.EXACT_MATCH);

    private final Site site;
    private final Node subject;
    private final DatasetGraph d;
    private final EntityDescription.Page page;

    EntityPage(Site site, Node subject, EntityDescription.Page page) {
        this.site = site;
        this.subject = subject;
        this.d = page.dataset();
        this.page = page;
    }

    String render(String id, String jsonld) {
        String label = label(subject);
        StringBuilder head = new StringBuilder();
        for (DocFormat f : DocFormat.values())
            if (f.isRdf())
                head.append("<link rel=\"alternate\" type=\"").append(f.mediaType()).append("\" href=\"")
                        .append(Html.esc(pagePath(id, f, page.number()))).append("\">\n");
        head.append("<script type=\"application/ld+json\">\n").append(Html.scriptJson(jsonld)).append("\n</script>\n");

        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(label)).append("</h1>\n");
        b.append("<p class=\"iri\">").append(Html.esc(subject.getURI())).append("</p>\n");
        List<String> types = new ArrayList<>();
        d.find(Node.ANY, subject, Rdf.TYPE, Node.ANY).forEachRemaining(q -> types.add(typeLink(q.getObject())));
        if (!types.isEmpty())
            b.append("<p class=\"types\">").append(String.join(", ", types.stream().distinct().toList())).append("</p>\n");
        literals(Schema.DESCRIPTION).forEach(t -> b.append("<p>").append(Html.esc(t)).append("</p>\n"));
        List<String> alt = literals(Skos.ALT_LABEL);
        if (!alt.isEmpty())
            b.append("<p>Also called: ").append(Html.esc(String.join(", ", alt))).append("</p>\n");

        pager(b, id, label);
        facts(b);
        statementRecord(b);
        sourceLink(b);
        external(b);
        other(b);
        mentions(b);
        referencedBy(b);
        pager(b, id, label);

        b.append("<h2>Data</h2>\n<p>This page in RDF: ");
        List<String> alts = new ArrayList<>();
        for (DocFormat f : DocFormat.values())
            if (f.isRdf())
                alts.add("<a href=\"" + Html.esc(pagePath(id, f, page.number())) + "\" type=\""
                        + f.mediaType() + "\">" + f.rdf().lang().getLabel() + "</a>");
        b.append(String.join(" · ", alts)).append(".</p>\n");
        return Html.page(label, head.toString(), b.toString());
    }

    /** Where this page stands when what refers to the resource is split across pages. */
    private void pager(StringBuilder b, String id, String label) {
        if (page.count() == 1)
            return;
        b.append("<nav class=\"pager\"><p>Page ").append(page.number()).append(" of ").append(page.count())
                .append(": what refers to ").append(Html.esc(label)).append(" is split across pages.");
        if (page.number() > 1)
            b.append(" <a rel=\"prev\" href=\"").append(Html.esc(pagePath(id, DocFormat.HTML, page.number() - 1)))
                    .append("\">Previous page</a>");
        if (page.hasNext())
            b.append(page.number() > 1 ? " · " : " ").append("<a rel=\"next\" href=\"").append(Html.esc(pagePath(id, DocFormat.HTML, page.number() + 1)))
                    .append("\">Next page</a>");
        b.append("</p></nav>\n");
    }

    private static String pagePath(String id, DocFormat f, int number) {
        return Urls.path(EntityDescription.pageUrl("/doc/" + id + "." + f.extension(), number));
    }

    /** Facts grouped by the statement that states them, each group with its source sentence. */
    private void facts(StringBuilder b) {
        Map<Node, List<Quad>> byStatement = new LinkedHashMap<>();
        d.find().forEachRemaining(q -> {
            if (isStatement(q.getGraph()) && (q.getSubject().equals(subject) || q.getObject().equals(subject)))
                byStatement.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
        });
        if (byStatement.isEmpty())
            return;
        b.append("<h2>Facts</h2>\n<ul class=\"facts\">\n");
        for (var e : byStatement.entrySet()) {
            Node g = e.getKey();
            List<Quad> quads = e.getValue();
            List<String> sentences = new ArrayList<>();
            Optional<String> start = literal(g, subject, Schema.START_DATE);
            Optional<String> end = literal(g, subject, Schema.END_DATE);
            boolean range = start.isPresent() && end.isPresent();
            if (range)
                sentences.add(Html.esc(label(subject)) + " takes place on "
                        + Html.esc(Html.dateRange(start.get(), end.get())) + ".");
            for (Quad q : quads) {
                if (range && (q.getPredicate().equals(Schema.START_DATE) || q.getPredicate().equals(Schema.END_DATE))
                        && q.getSubject().equals(subject))
                    continue;
                if (q.getPredicate().equals(Rdf.TYPE))
                    continue;
                sentences.add(sentence(g, q));
            }
            b.append("<li>");
            b.append(String.join(" ", sentences));
            b.append(" <a class=\"muted\" href=\"").append(Html.esc(link(g.getURI()))).append("\">(statement)</a>");
            source(b, g);
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private String sentence(Node g, Quad q) {
        String s = q.getSubject().equals(subject) ? "<strong>" + Html.esc(label(subject)) + "</strong>" : ref(q.getSubject());
        String o = q.getObject().equals(subject) ? "<strong>" + Html.esc(label(subject)) + "</strong>" : object(g, q.getObject());
        return s + " " + Html.esc(phrase(q.getPredicate())) + " " + o + ".";
    }

    /** The source sentence and quote of a statement, linked into the source view. */
    private void source(StringBuilder b, Node statement) {
        d.find(Node.ANY, statement, Prov.WAS_DERIVED_FROM, Node.ANY).forEachRemaining(q -> {
            Node sentence = q.getObject();
            String text = literal(Node.ANY, sentence, Nif.ANCHOR_OF).orElse("");
            b.append("<blockquote>").append(marked(statement, sentence, text)).append(" <a href=\"")
                    .append(Html.esc(link(sentence.getURI()))).append("\">source sentence</a></blockquote>");
        });
    }

    /** The sentence with the statement's exact quote marked, when the quote lies inside it. */
    private String marked(Node statement, Node sentence, String text) {
        Optional<Integer> base = literal(Node.ANY, sentence, Nif.BEGIN_INDEX).map(Integer::valueOf);
        var quotes = d.find(Node.ANY, statement, Fg.QUOTE, Node.ANY);
        while (quotes.hasNext() && base.isPresent()) {
            Node quote = quotes.next().getObject();
            if (!d.contains(Node.ANY, quote, Nif.SUPER_STRING, sentence))
                continue;
            Optional<Integer> b = literal(Node.ANY, quote, Nif.BEGIN_INDEX).map(Integer::valueOf);
            Optional<Integer> e = literal(Node.ANY, quote, Nif.END_INDEX).map(Integer::valueOf);
            if (b.isEmpty() || e.isEmpty())
                continue;
            int from = b.get() - base.get();
            int to = e.get() - base.get();
            if (from >= 0 && from <= to && to <= text.length())
                return Html.esc(text.substring(0, from)) + "<mark>" + Html.esc(text.substring(from, to)) + "</mark>"
                        + Html.esc(text.substring(to));
        }
        return Html.esc(text);
    }

    /** When the page is about a statement: what it says and where from. */
    private void statementRecord(StringBuilder b) {
        if (!d.containsGraph(subject))
            return;
        b.append("<h2>What this statement says</h2>\n<ul class=\"facts\">\n");
        d.getGraph(subject).find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(Rdf.TYPE) && !t.getSubject().getURI().startsWith(subject.getURI() + "/"))
                b.append("<li>").append(sentence(subject, Quad.create(subject, t))).append("</li>\n");
        });
        b.append("</ul>\n<h2>Source</h2>\n");
        source(b, subject);
        d.find(Node.ANY, subject, Prov.HAD_PRIMARY_SOURCE, Node.ANY).forEachRemaining(q ->
                b.append("<p>From ").append(ref(q.getObject())).append(".</p>\n"));
    }

    private void sourceLink(StringBuilder b) {
        if (literal(Node.ANY, subject, Dct.TITLE).isPresent() && site.localPath(subject.getURI()).isPresent()) {
            String path = site.localPath(subject.getURI()).get();
            if (path.startsWith("/id/document/") && d.contains(Node.ANY, subject, Rdf.TYPE, Schema.REPORT))
                b.append("<p><a href=\"").append(Html.esc(Urls.path("/source/" + path.substring(13))))
                        .append("\">Read the full text with every fact highlighted</a></p>\n");
        }
    }

    private void external(StringBuilder b) {
        List<String> links = new ArrayList<>();
        for (Node p : List.of(Owl.SAME_AS, Skos.EXACT_MATCH))
            d.find(Node.ANY, subject, p, Node.ANY).forEachRemaining(q -> {
                String iri = q.getObject().getURI();
                links.add("<li><a rel=\"external\" href=\"" + Html.esc(Urls.path(iri)) + "\">" + Html.esc(externalName(iri))
                        + "</a> <span class=\"muted\">(" + (p.equals(Owl.SAME_AS) ? "same as" : "exact match") + ")</span></li>");
            });
        if (!links.isEmpty())
            b.append("<h2>Elsewhere</h2>\n<ul>\n").append(String.join("\n", links.stream().sorted().toList())).append("\n</ul>\n");
    }

    /** Everything else said about the resource outside statement graphs (e.g. provenance records, spans). */
    private void other(StringBuilder b) {
        List<String> rows = new ArrayList<>();
        d.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (isStatement(q.getGraph()) || SHOWN_ELSEWHERE.contains(q.getPredicate()) || q.getGraph().equals(Quad.defaultGraphIRI))
                return;
            if (q.getPredicate().equals(Nif.IS_STRING))
                return;
            rows.add("<tr><th scope=\"row\">" + Html.esc(propertyLabel(q.getPredicate())) + "</th><td>"
                    + object(q.getGraph(), q.getObject()) + "</td></tr>");
        });
        if (!rows.isEmpty())
            b.append("<h2>Details</h2>\n<table>\n").append(String.join("\n", rows)).append("\n</table>\n");
    }

    /** Where the source text names the resource, each mention linked to its place in the source view. */
    private void mentions(StringBuilder b) {
        List<String> links = new ArrayList<>();
        d.find(Node.ANY, Node.ANY, Itsrdf.TA_IDENT_REF, subject).forEachRemaining(q -> {
            String iri = q.getSubject().getURI();
            String text = literal(Node.ANY, q.getSubject(), Nif.ANCHOR_OF).orElse(iri);
            links.add("<a href=\"" + Html.esc(link(iri)) + "\">" + Html.esc(text) + "</a>");
        });
        if (!links.isEmpty())
            b.append("<h2>Named in the source</h2>\n<p>").append(links.size()).append(links.size() == 1 ? " mention: " : " mentions: ")
                    .append(String.join(", ", links.stream().sorted().toList())).append(".</p>\n");
    }

    /** Other resources pointing here outside the fact graphs (e.g. statements citing a document). */
    private void referencedBy(StringBuilder b) {
        List<String> rows = new ArrayList<>();
        d.find(Node.ANY, Node.ANY, Node.ANY, subject).forEachRemaining(q -> {
            if (isStatement(q.getGraph()) || q.getPredicate().equals(Itsrdf.TA_IDENT_REF)
                    || q.getGraph().equals(Quad.defaultGraphIRI))
                return;
            rows.add("<tr><td>" + ref(q.getSubject()) + "</td><td>" + Html.esc(propertyLabel(q.getPredicate())) + "</td></tr>");
        });
        if (!rows.isEmpty())
            b.append("<h2>Referenced by</h2>\n<table>\n").append(String.join("\n", rows.stream().sorted().toList()))
                    .append("\n</table>\n");
    }

    /** An object: a linked entity, a written-out amount, a formatted date or a literal. */
    private String object(Node g, Node o) {
        if (o.isLiteral()) {
            String dt = o.getLiteralDatatypeURI();
            if (dt != null && (dt.endsWith("#date") || dt.endsWith("#gYearMonth")))
                return Html.esc(Html.date(o.getLiteralLexicalForm()));
            if (dt != null && dt.endsWith("#duration"))
                return Html.esc(Html.period(o.getLiteralLexicalForm()));
            return Html.esc(o.getLiteralLexicalForm());
        }
        if (o.isURI() && d.contains(Node.ANY, o, Schema.VALUE, Node.ANY))
            return amount(o);
        return ref(o);
    }

    /** "more than USD 2 billion per day", "more than 150 years". */
    private String amount(Node v) {
        StringBuilder s = new StringBuilder();
        d.find(Node.ANY, v, Fg.VALUE_QUALIFIER, Node.ANY).forEachRemaining(q ->
                s.append(site.ontologyLabel(q.getObject()).orElse(local(q.getObject().getURI()))).append(' '));
        Optional<String> currency = literal(Node.ANY, v, Schema.CURRENCY);
        String value = literal(Node.ANY, v, Schema.VALUE).map(x -> {
            try {
                return Html.number(new BigDecimal(x));
            } catch (NumberFormatException e) {
                return x;
            }
        }).orElse("?");
        if (currency.isPresent())
            s.append(currency.get()).append(' ').append(value);
        else
            s.append(value).append(literal(Node.ANY, v, Schema.UNIT_TEXT).map(u -> " " + u).orElse(""));
        literal(Node.ANY, v, Fg.PERIOD).ifPresent(p -> s.append(' ').append(Html.period(p)));
        StringBuilder html = new StringBuilder("<span class=\"amount\">").append(Html.esc(s.toString().strip())).append("</span>");
        d.find(Node.ANY, v, Schema.ABOUT, Node.ANY).forEachRemaining(q -> html.append(" (of ").append(ref(q.getObject())).append(')'));
        return html.toString();
    }

    /** A link to another resource's page, or its IRI for an outside resource. */
    private String ref(Node n) {
        if (!n.isURI())
            return Html.esc(n.toString());
        if (d.contains(Node.ANY, n, Schema.VALUE, Node.ANY))
            return amount(n);
        Optional<String> page = site.pageLink(n.getURI());
        String href = page.orElse(n.getURI());
        return "<a href=\"" + Html.esc(Urls.path(href)) + "\">" + Html.esc(label(n)) + "</a>";
    }

    private String link(String iri) {
        return Urls.path(site.pageLink(iri).orElse(iri));
    }

    private String typeLink(Node type) {
        return "<a href=\"" + Html.esc(Urls.path(type.getURI())) + "\">" + Html.esc(classLabel(type)) + "</a>";
    }

    private String classLabel(Node type) {
        return classLabel(site, type);
    }

    /** A class's label from the ontology, else its local name in words. */
    static String classLabel(Site site, Node type) {
        return site.ontologyLabel(type).orElseGet(() -> splitCamel(local(type.getURI())));
    }

    private String propertyLabel(Node p) {
        return site.ontologyLabel(p).orElseGet(() -> splitCamel(local(p.getURI())));
    }

    private String phrase(Node p) {
        String known = PHRASES.get(p);
        return known != null ? known : "has " + propertyLabel(p);
    }

    /** The best name of a resource in the description. */
    String label(Node n) {
        String l = labelIn(d, n);
        // An outside IRI nobody labelled (a licence, a web page) is shown as itself, not as a guessed name.
        if (n.isURI() && l.equals(splitCamel(local(n.getURI()).replace('-', ' '))) && site.localPath(n.getURI()).isEmpty()
                && site.ontologyLabel(n).isEmpty())
            return n.getURI();
        return site.ontologyLabel(n).filter(x -> l.equals(splitCamel(local(n.getURI()).replace('-', ' ')))).orElse(l);
    }

    static String labelIn(DatasetGraph d, Node n) {
        for (Node p : List.of(Rdfs.LABEL, Dct.TITLE, Skos.PREF_LABEL)) {
            var it = d.find(Node.ANY, n, p, Node.ANY);
            if (it.hasNext())
                return it.next().getObject().getLiteralLexicalForm();
        }
        var anchor = d.find(Node.ANY, n, Nif.ANCHOR_OF, Node.ANY);
        if (anchor.hasNext()) {
            String a = anchor.next().getObject().getLiteralLexicalForm();
            return "\u201C" + (a.length() > 80 ? a.substring(0, 77) + "\u2026" : a) + "\u201D";
        }
        if (!n.isURI())
            return n.toString();
        String iri = n.getURI();
        return splitCamel(local(iri).replace('-', ' '));
    }

    static String local(String iri) {
        String s = iri;
        if (s.endsWith("/"))
            s = s.substring(0, s.length() - 1);
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        return cut >= 0 ? s.substring(cut + 1) : s;
    }

    static String splitCamel(String s) {
        return s.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String externalName(String iri) {
        if (iri.startsWith(Wikidata.NS))
            return "Wikidata " + iri.substring(Wikidata.NS.length());
        if (iri.startsWith(DBpedia.NS))
            return "DBpedia " + iri.substring(DBpedia.NS.length()).replace('_', ' ');
        if (iri.startsWith(GeoNames.NS))
            return "GeoNames " + iri.substring(GeoNames.NS.length()).replace("/", "");
        return iri;
    }

    private boolean isStatement(Node g) {
        return g.isURI() && g.getURI().startsWith(site.base() + "id/statement/");
    }

    private List<String> literals(Node p) {
        List<String> out = new ArrayList<>();
        d.find(Node.ANY, subject, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral())
                out.add(q.getObject().getLiteralLexicalForm());
        });
        return out.stream().distinct().toList();
    }

    private Optional<String> literal(Node g, Node s, Node p) {
        var it = d.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral())
                return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }
}
