package org.factgraph.server;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.factgraph.publish.EntityDescription;
import org.apache.jena.system.Txn;
import org.factgraph.publish.QueryCatalog;
import org.factgraph.vocab.Prefixes;

/** The HTML pages other than entity pages: home, source view, SPARQL form and shipped queries, not-found. */
final class Pages {
    static final String[] DUMP_EXTENSIONS = {"ttl", "jsonld", "nt", "rdf", "trig", "nq"};
    private static final long TIMEOUT_SECONDS = 10;

    private final Site site;
    private final PrefixMap prefixes;

    Pages(Site site) {
        this.site = site;
        this.prefixes = Prefixes.forBase(site.base());
    }

    String entity(Node iri, String id, EntityDescription.Page description, String jsonld) {
        return new EntityPage(site, iri, description).render(id, jsonld);
    }

    String notFound(String what) {
        return Html.page("Not found", "", "<h1>Not found</h1>\n<p>Nothing is known about <span class=\"iri\">"
                + Html.esc(what) + "</span>.</p>\n<p><a href=\"/\">Browse the dataset</a></p>");
    }

    // ---- home -------------------------------------------------------------------------------------------------

    Reply home() {
        Node entities = graph("entities");
        Node prov = graph("provenance");
        Map<String, List<String[]>> byType = new TreeMap<>();
        long[] counts = new long[3];
        Txn.executeRead(site.dataset(), () -> {
            counts[0] = site.dataset().stream().count();
            try (QueryExecution qe = exec("""
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?e ?type ?label WHERE { GRAPH ?g { ?e a ?type ; rdfs:label ?label } } ORDER BY ?type ?label
                    """, Map.of("g", entities))) {
                qe.execSelect().forEachRemaining(s -> {
                    String type = EntityPage.classLabel(site, s.get("type").asNode());
                    byType.computeIfAbsent(type, k -> new ArrayList<>()).add(new String[] {
                            s.get("e").asNode().getURI(), s.get("label").asLiteral().getLexicalForm()});
                });
            }
            try (QueryExecution qe = exec("""
                    PREFIX fg: <https://w3id.org/factgraph/ns#>
                    SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a fg:Statement } }
                    """, Map.of("g", prov))) {
                counts[1] = qe.execSelect().next().getLiteral("n").getLong();
            }
            try (QueryExecution qe = exec("""
                    SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?t } }
                    """, Map.of("g", entities))) {
                counts[2] = qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        StringBuilder b = new StringBuilder();
        b.append("<h1>factgraph</h1>\n<p>Facts stated by U.S. Department of State fact sheets, as linked data. "
                + "Every entity and relation the sheets state is here, each fact traced to the sentence it was read "
                + "from, validated with SHACL and linked to Wikidata, DBpedia and GeoNames.</p>\n");
        b.append("<p><strong>").append(counts[2]).append("</strong> entities, <strong>").append(counts[1])
                .append("</strong> statements, <strong>").append(counts[0]).append("</strong> quads.</p>\n");
        b.append("<h2>Sources</h2>\n<ul>\n");
        sources().forEach((doc, title) -> b.append("<li><a href=\"").append(Html.esc(Urls.path("/source/" + doc)))
                .append("\">").append(Html.esc(title)).append("</a> (full text, facts highlighted)</li>\n"));
        b.append("</ul>\n");
        b.append("<h2>The graph</h2>\n").append(GraphPicture.svg(site)).append('\n');
        b.append("<h2>Entities by type</h2>\n");
        byType.forEach((type, list) -> {
            b.append("<h3>").append(Html.esc(type)).append(" (").append(list.size()).append(")</h3>\n<ul>\n");
            for (String[] e : list)
                b.append("<li><a href=\"").append(Html.esc(Urls.path(site.pageLink(e[0]).orElse(e[0])))).append("\">")
                        .append(Html.esc(e[1])).append("</a></li>\n");
            b.append("</ul>\n");
        });
        queries(b);
        b.append("<h2>Downloads and access</h2>\n<ul>\n");
        for (String ext : DUMP_EXTENSIONS)
            b.append("<li><a href=\"/dumps/factgraph.").append(ext).append("\">factgraph.").append(ext)
                    .append("</a> (<a href=\"/dumps/factgraph.").append(ext).append(".gz\">gzipped</a>)</li>\n");
        b.append("<li><a href=\"/sparql\">SPARQL query form</a>; endpoint for programs: <span class=\"iri\">/factgraph/sparql</span></li>\n");
        b.append("<li><a href=\"/void\">Dataset description (VoID, DCAT)</a></li>\n");
        b.append("<li><a href=\"/context.jsonld\">JSON-LD context</a> · <a href=\"/ns\">ontology</a> · "
                + "<a href=\"/sitemap.xml\">sitemap</a></li>\n</ul>\n");
        return Reply.html(200, Html.page("Home", "", b.toString()));
    }

    private void queries(StringBuilder b) {
        Optional<Path> dir = site.queriesDir();
        if (dir.isEmpty())
            return;
        QueryCatalog catalog = new QueryCatalog(dir.get());
        List<String> names = catalog.names();
        if (names.isEmpty())
            return;
        b.append("<h2>Questions the data answers</h2>\n<ul>\n");
        for (String n : names) {
            String q = QueryCatalog.question(catalog.resolve(n));
            String href = Urls.path("/queries/" + n);
            b.append("<li><a href=\"").append(Html.esc(href)).append("\">").append(Html.esc(q.isEmpty() ? n : q))
                    .append("</a> <span class=\"muted\">(").append(Html.esc(n)).append(": <a href=\"")
                    .append(Html.esc(href)).append("?format=csv\">CSV</a>, <a href=\"").append(Html.esc(href))
                    .append("?format=json\">JSON</a>)</span></li>\n");
        }
        b.append("</ul>\n");
    }

    /** Document id → title, for every fact sheet. */
    Map<String, String> sources() {
        Map<String, String> out = new TreeMap<>();
        Txn.executeRead(site.dataset(), () -> {
            try (QueryExecution qe = exec("""
                    PREFIX dct: <http://purl.org/dc/terms/>
                    PREFIX schema: <http://schema.org/>
                    SELECT ?d ?title WHERE { GRAPH ?g { ?d a schema:Report ; dct:title ?title } }
                    """, Map.of("g", graph("provenance")))) {
                qe.execSelect().forEachRemaining(s -> {
                    String iri = s.get("d").asNode().getURI();
                    String prefix = site.base() + "id/document/";
                    if (iri.startsWith(prefix))
                        out.put(iri.substring(prefix.length()), s.getLiteral("title").getLexicalForm());
                });
            }
        });
        return out;
    }

    // ---- source view ------------------------------------------------------------------------------------------

    private record Span(int begin, int end, String iri, String target, List<String> statements) {}

    /** {@code /source/{doc}}: the text, sentences anchored by {@code char=b,e}, evidence and mentions marked. */
    Optional<Reply> source(String docId) {
        if (!docId.matches("[a-z0-9]+(-[a-z0-9]+)*"))
            return Optional.empty();
        Node doc = NodeFactory.createURI(site.base() + "id/document/" + docId);
        String[] text = {null, null};
        List<Span> sentences = new ArrayList<>();
        List<Span> mentions = new ArrayList<>();
        Map<String, String> labels = new TreeMap<>();
        Txn.executeRead(site.dataset(), () -> {
            try (QueryExecution qe = exec("""
                    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                    PREFIX dct: <http://purl.org/dc/terms/>
                    SELECT ?text ?str ?title WHERE { GRAPH ?g { ?text nif:sourceUrl ?doc ; nif:isString ?str .
                      OPTIONAL { ?doc dct:title ?title } } }
                    """, Map.of("g", graph("provenance"), "doc", doc))) {
                ResultSet rs = qe.execSelect();
                if (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    text[0] = s.getLiteral("str").getLexicalForm();
                    text[1] = s.contains("title") ? s.getLiteral("title").getLexicalForm() : docId;
                }
            }
            if (text[0] == null)
                return;
            Node ctx = NodeFactory.createURI(site.base() + "id/document/" + docId + "/text#char=0," + text[0].length());
            try (QueryExecution qe = exec("""
                    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT ?s ?b ?e (GROUP_CONCAT(STR(?st); separator=" ") AS ?sts) WHERE { GRAPH ?g {
                      ?s a nif:Sentence ; nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e .
                      OPTIONAL { ?st prov:wasDerivedFrom ?s } } } GROUP BY ?s ?b ?e ORDER BY ?b
                    """, Map.of("g", graph("provenance"), "ctx", ctx))) {
                qe.execSelect().forEachRemaining(s -> {
                    String sts = s.contains("sts") ? s.getLiteral("sts").getLexicalForm().strip() : "";
                    sentences.add(new Span(s.getLiteral("b").getInt(), s.getLiteral("e").getInt(),
                            s.getResource("s").getURI(), null, sts.isEmpty() ? List.of() : List.of(sts.split(" "))));
                });
            }
            try (QueryExecution qe = exec("""
                    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                    PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?m ?b ?e ?x ?label WHERE { GRAPH ?g {
                      ?m a nif:Phrase ; nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e ; itsrdf:taIdentRef ?x }
                      OPTIONAL { GRAPH ?eg { ?x rdfs:label ?label } } } ORDER BY ?b
                    """, Map.of("g", graph("provenance"), "ctx", ctx, "eg", graph("entities")))) {
                qe.execSelect().forEachRemaining(s -> {
                    String x = s.getResource("x").getURI();
                    mentions.add(new Span(s.getLiteral("b").getInt(), s.getLiteral("e").getInt(),
                            s.getResource("m").getURI(), x, List.of()));
                    if (s.contains("label"))
                        labels.put(x, s.getLiteral("label").getLexicalForm());
                });
            }
        });
        if (text[0] == null)
            return Optional.empty();
        String t = text[0];
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(text[1])).append("</h1>\n");
        b.append("<p class=\"muted\">The text as captured. <span class=\"evidence\">Highlighted</span> sentences are "
                + "the source of at least one fact (the numbered links lead to the statements); underlined words name "
                + "entities. Each sentence is anchored <code>#char=begin,end</code>.</p>\n");
        b.append("<p><a href=\"").append(Html.esc(Urls.path("/doc/document/" + docId + ".html")))
                .append("\">About this document</a></p>\n");
        b.append("<div class=\"source-text\">");
        int pos = 0;
        int n = 0;
        for (Span s : sentences) {
            if (s.begin() < pos || s.end() > t.length() || s.begin() > s.end())
                continue;
            withMentions(b, t, pos, s.begin(), mentions, labels);
            boolean evidence = !s.statements().isEmpty();
            b.append("<span id=\"char=").append(s.begin()).append(',').append(s.end()).append("\" class=\"sentence")
                    .append(evidence ? " evidence" : "").append("\">");
            withMentions(b, t, s.begin(), s.end(), mentions, labels);
            b.append("</span>");
            for (String st : s.statements())
                b.append("<sup><a class=\"statement-link\" href=\"").append(Html.esc(Urls.path(site.pageLink(st).orElse(st))))
                        .append("\" title=\"").append(Html.esc(EntityPage.local(st))).append("\">[").append(++n)
                        .append("]</a></sup>");
            pos = s.end();
        }
        withMentions(b, t, pos, t.length(), mentions, labels);
        b.append("</div>\n");
        return Optional.of(Reply.html(200, Html.page(text[1], "", b.toString())));
    }

    private void withMentions(StringBuilder b, String t, int from, int to, List<Span> mentions, Map<String, String> labels) {
        int pos = from;
        for (Span m : mentions) {
            if (m.begin() < pos || m.end() > to || m.begin() >= m.end())
                continue;
            b.append(Html.esc(t.substring(pos, m.begin())));
            String href = site.pageLink(m.target()).orElse(m.target());
            b.append("<a class=\"mention\" id=\"char=").append(m.begin()).append(',').append(m.end())
                    .append("\" href=\"").append(Html.esc(Urls.path(href))).append("\" title=\"")
                    .append(Html.esc(labels.getOrDefault(m.target(), m.target()))).append("\">")
                    .append(Html.esc(t.substring(m.begin(), m.end()))).append("</a>");
            pos = m.end();
        }
        b.append(Html.esc(t.substring(pos, to)));
    }

    // ---- SPARQL -----------------------------------------------------------------------------------------------

    private static final String EXAMPLE = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            SELECT ?country ?label WHERE {
              ?country a schema:Country ; rdfs:label ?label .
            } ORDER BY ?label
            """;

    /** {@code /sparql}: the form; with {@code ?query=} the results (HTML table, or CSV/JSON with {@code format}). */
    Reply sparql(String queryText, String format) {
        String form = "<form method=\"get\" action=\"/sparql\">\n<label for=\"query\">Query</label>\n"
                + "<textarea id=\"query\" name=\"query\" rows=\"12\">" + Html.esc(queryText == null ? EXAMPLE : queryText)
                + "</textarea>\n<p><button type=\"submit\">Run</button> <label>Results as <select name=\"format\">"
                + "<option value=\"html\">table</option><option value=\"csv\">CSV</option><option value=\"json\">JSON</option>"
                + "</select></label></p>\n</form>\n<p class=\"muted\">Programs can use the SPARQL protocol endpoint "
                + "<span class=\"iri\">/factgraph/sparql</span>. The default graph is the union of all graphs.</p>\n";
        if (queryText == null || queryText.isBlank())
            return Reply.html(200, Html.page("SPARQL", "", "<h1>SPARQL query</h1>\n" + form));
        Query q;
        try {
            q = QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            return Reply.html(400, Html.page("SPARQL", "", "<h1>SPARQL query</h1>\n<p role=\"alert\">Syntax error: "
                    + Html.esc(e.getMessage()) + "</p>\n" + form));
        }
        return run(q, format, "SPARQL", "<h1>SPARQL query</h1>\n" + form);
    }

    /** {@code /queries/{name}}: a shipped query run. */
    Optional<Reply> shippedQuery(String name, String format) {
        Optional<Path> dir = site.queriesDir();
        if (dir.isEmpty() || !name.matches("[A-Za-z0-9]+([-_][A-Za-z0-9]+)*"))
            return Optional.empty();
        QueryCatalog catalog = new QueryCatalog(dir.get());
        if (!catalog.names().contains(name))
            return Optional.empty();
        Path file = catalog.resolve(name);
        Query q = QueryCatalog.parse(file);
        String question = QueryCatalog.question(file);
        String intro = "<h1>" + Html.esc(question.isEmpty() ? name : question) + "</h1>\n<p class=\"muted\">Query "
                + Html.esc(name) + ". Download: <a href=\"" + Html.esc(Urls.path("/queries/" + name)) + "?format=csv\">CSV</a>, <a href=\""
                + Html.esc(Urls.path("/queries/" + name)) + "?format=json\">JSON</a>.</p>\n<details><summary>The query</summary><pre>"
                + Html.esc(q.serialize()) + "</pre></details>\n";
        return Optional.of(run(q, format, question.isEmpty() ? name : question, intro));
    }

    private Reply run(Query q, String format, String title, String intro) {
        String f = format == null ? "html" : format;
        try {
            return Txn.calculateRead(site.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(site.dataset()))
                        .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (q.isSelectType()) {
                        ResultSet rs = qe.execSelect();
                        switch (f) {
                            case "csv" -> {
                                ResultSetFormatter.output(out, rs, ResultSetLang.RS_CSV);
                                return Reply.ok("text/csv; charset=utf-8", out.toByteArray());
                            }
                            case "json" -> {
                                ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
                                return Reply.ok("application/sparql-results+json", out.toByteArray());
                            }
                            default -> {
                                return Reply.html(200, Html.page(title, "", intro + table(rs)));
                            }
                        }
                    }
                    if (q.isAskType()) {
                        boolean yes = qe.execAsk();
                        if (f.equals("json")) {
                            ResultSetFormatter.outputAsJSON(out, yes);
                            return Reply.ok("application/sparql-results+json", out.toByteArray());
                        }
                        return Reply.html(200, Html.page(title, "", intro + "<p><strong>" + (yes ? "Yes" : "No") + "</strong></p>"));
                    }
                    var graph = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    RDFDataMgr.write(out, graph, Lang.TURTLE);
                    if (!f.equals("html"))
                        return Reply.ok("text/turtle; charset=utf-8", out.toByteArray());
                    return Reply.html(200, Html.page(title, "", intro + "<pre>" + Html.esc(out.toString(java.nio.charset.StandardCharsets.UTF_8)) + "</pre>"));
                }
            });
        } catch (RuntimeException e) {
            return Reply.html(400, Html.page(title, "", intro + "<p role=\"alert\">The query failed: "
                    + Html.esc(String.valueOf(e.getMessage())) + "</p>"));
        }
    }

    private String table(ResultSet rs) {
        StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
        List<String> vars = rs.getResultVars();
        for (String v : vars)
            b.append("<th scope=\"col\">").append(Html.esc(v)).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        int rows = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            rows++;
            b.append("<tr>");
            for (String v : vars)
                b.append("<td>").append(cell(s.get(v))).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n<p class=\"muted\">").append(rows).append(rows == 1 ? " row" : " rows").append(".</p>\n");
        return b.toString();
    }

    private String cell(RDFNode n) {
        if (n == null)
            return "";
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String shown = prefixes.abbreviate(iri);
            String href = site.pageLink(iri).orElse(iri);
            return "<a href=\"" + Html.esc(Urls.path(href)) + "\">" + Html.esc(shown == null ? iri : shown) + "</a>";
        }
        if (n.isLiteral())
            return Html.esc(n.asLiteral().getLexicalForm());
        return Html.esc(n.toString());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Node graph(String name) {
        return NodeFactory.createURI(site.base() + "graph/" + name);
    }

    /** A query over the dataset with values bound by substitution (never spliced into the text). */
    QueryExecution exec(String sparql, Map<String, Node> bindings) {
        var builder = QueryExecution.create().query(sparql).dataset(DatasetFactory.wrap(site.dataset()))
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        bindings.forEach((v, n) -> builder.substitution(v, rdf(n)));
        return builder.build();
    }

    private static final org.apache.jena.rdf.model.Model NODES = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();

    /** A node as a value to bind in a query. */
    static RDFNode rdf(Node n) {
        return NODES.asRDFNode(n);
    }
}
