package org.factgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * The entity graph drawn server-side as inline SVG: entities on a circle (grouped and coloured by kind), one
 * line per pair of entities a stated fact connects. Each node links to its page; no script, no network.
 */
final class GraphPicture {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
            "#e377c2", "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#637939"};
    private static final int SIZE = 1100;
    private static final double RADIUS = 270;

    private record Entity(String iri, String label, String type) {}

    static String svg(Site site) {
        Node entities = NodeFactory.createURI(site.base() + "graph/entities");
        Node statementPrefix = NodeFactory.createLiteralString(site.base() + "id/statement/");
        Map<String, Entity> nodes = new LinkedHashMap<>();
        List<String[]> edges = new ArrayList<>();
        Txn.executeRead(site.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query("""
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?e (SAMPLE(?l) AS ?label) (MIN(STR(?t)) AS ?type)
                    WHERE { GRAPH ?g { ?e rdfs:label ?l ; a ?t } } GROUP BY ?e ORDER BY ?type ?label
                    """).dataset(DatasetFactory.wrap(site.dataset())).substitution("g", Pages.rdf(entities))
                    .timeout(10, TimeUnit.SECONDS).build()) {
                List<Entity> list = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> list.add(new Entity(s.getResource("e").getURI(),
                        s.getLiteral("label").getLexicalForm(), kind(site, s.getResource("e").getURI()))));
                list.stream().sorted(java.util.Comparator.comparing(Entity::type).thenComparing(Entity::label))
                        .forEach(e -> nodes.put(e.iri(), e));
            }
            try (QueryExecution qe = QueryExecution.create().query("""
                    SELECT DISTINCT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?o) && STRSTARTS(STR(?g), ?prefix)) }
                    """).dataset(DatasetFactory.wrap(site.dataset())).substitution("prefix", Pages.rdf(statementPrefix))
                    .timeout(10, TimeUnit.SECONDS).build()) {
                qe.execSelect().forEachRemaining(s -> edges.add(new String[] {
                        s.getResource("s").getURI(), s.getResource("o").getURI()}));
            }
        });
        Map<String, double[]> at = new LinkedHashMap<>();
        Map<String, String> colour = new LinkedHashMap<>();
        int i = 0;
        int n = Math.max(1, nodes.size());
        for (Entity e : nodes.values()) {
            double a = 2 * Math.PI * i++ / n - Math.PI / 2;
            at.put(e.iri(), new double[] {SIZE / 2.0 + RADIUS * Math.cos(a), SIZE / 2.0 + RADIUS * Math.sin(a), a});
            colour.computeIfAbsent(e.type(), t -> COLOURS[colour.size() % COLOURS.length]);
        }
        StringBuilder b = new StringBuilder();
        b.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" width=\"").append(SIZE).append("\" height=\"").append(SIZE).append("\" role=\"img\" aria-labelledby=\"graph-title\">\n")
                .append("<title id=\"graph-title\">").append(nodes.size()).append(" entities and the facts connecting them</title>\n");
        b.append("<g stroke=\"#999\" stroke-opacity=\"0.5\" stroke-width=\"1\">\n");
        int lines = 0;
        for (String[] e : edges) {
            double[] p = at.get(e[0]);
            double[] q = at.get(e[1]);
            if (p == null || q == null || e[0].equals(e[1]))
                continue;
            lines++;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", p[0], p[1], q[0], q[1]));
        }
        b.append("</g>\n<g font-size=\"11\" font-family=\"system-ui, sans-serif\">\n");
        for (Entity e : nodes.values()) {
            double[] p = at.get(e.iri());
            double lx = SIZE / 2.0 + (RADIUS + 10) * Math.cos(p[2]);
            double ly = SIZE / 2.0 + (RADIUS + 10) * Math.sin(p[2]);
            boolean left = Math.cos(p[2]) < -1e-9;
            double deg = Math.toDegrees(p[2]) + (left ? 180 : 0);
            String href = site.pageLink(e.iri()).orElse(e.iri());
            b.append("<a href=\"").append(Html.esc(Urls.path(href))).append("\">")
                    .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"><title>%s</title></circle>",
                            p[0], p[1], colour.get(e.type()), Html.esc(e.label())))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" dy=\"0.35em\" text-anchor=\"%s\" transform=\"rotate(%.1f %.1f %.1f)\">%s</text>",
                            lx, ly, left ? "end" : "start", deg, lx, ly, Html.esc(shorten(e.label()))))
                    .append("</a>\n");
        }
        b.append("</g>\n</svg>\n<figcaption>").append(nodes.size()).append(" entities, ").append(lines)
                .append(" lines for the facts between them. Colours by kind: ");
        List<String> legend = new ArrayList<>();
        colour.forEach((t, c) -> legend.add("<span style=\"color:" + c + "\">\u25CF</span> " + Html.esc(t)));
        b.append(String.join(", ", legend)).append(".</figcaption>\n</figure>");
        return b.toString();
    }

    /** The kind of an entity: the first path segment after {@code id/} (country, person, relationship, …). */
    private static String kind(Site site, String iri) {
        String path = site.localPath(iri).orElse("/id/other/x");
        String[] parts = path.split("/");
        return parts.length > 2 ? parts[2] : "other";
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 28) + "\u2026" : s;
    }

    private GraphPicture() {}
}
