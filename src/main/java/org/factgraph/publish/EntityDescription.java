package org.factgraph.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.factgraph.vocab.Dct;
import org.factgraph.vocab.Fg;
import org.factgraph.vocab.Foaf;
import org.factgraph.vocab.Itsrdf;
import org.factgraph.vocab.Nif;
import org.factgraph.vocab.Prefixes;
import org.factgraph.vocab.Prov;
import org.factgraph.vocab.Rdf;
import org.factgraph.vocab.Rdfs;

/**
 * The description of one resource, read from the published dataset in one read transaction through the Jena API
 * (the resource is a bound node, never text spliced into a query):
 * <ul>
 * <li>every quad with the resource as subject or object, each in the named graph it lives in (a statement graph,
 * the entities graph, the links graph or the provenance graph);</li>
 * <li>the amounts those facts point to ({@code …/value-n} nodes of the same statement graph);</li>
 * <li>if the resource names a graph (a statement), that graph's facts;</li>
 * <li>the provenance of every statement graph involved: its {@code fg:Statement} record, the source sentence it
 * was derived from and the exact quote;</li>
 * <li>the text spans that mention the resource ({@code nif:Phrase}s with {@code itsrdf:taIdentRef});</li>
 * <li>labels and types of every neighbour, so a reader need not fetch them to show names.</li>
 * </ul>
 * The document's own triples ({@code foaf:primaryTopic}) go in the default graph.
 *
 * <p>What the sheets state about a resource grows with the data (a country is named by every sheet, an
 * organization gains members in each), so it is paged: the facts of each statement graph the resource is in (as
 * subject or object) form one group, as does each resource pointing to it from other graphs (so a mention is one
 * group); the groups go in IRI order, {@code pageSize} to a page. Every page carries the resource's own
 * description (its labels, types and links); a page with a successor says so with {@code rdfs:seeAlso} from the
 * resource to the next page's URL ({@code ?page=n}).
 */
public final class EntityDescription {
    /** Groups of incoming facts per page: a hub's page stays a readable size however much data there is. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final DatasetGraph source;
    private final String base;
    private final int pageSize;

    /** Page {@code number} (from 1) of {@code count} of a resource's description. */
    public record Page(DatasetGraph dataset, int number, int count) {
        public boolean hasNext() {
            return number < count;
        }
    }

    public EntityDescription(DatasetGraph source, String base, int pageSize) {
        if (pageSize < 1)
            throw new IllegalArgumentException("the page size must be at least 1: " + pageSize);
        this.source = source;
        this.base = base;
        this.pageSize = pageSize;
    }

    /** The URL of page {@code number} of the document at {@code documentUrl}: the URL itself for page 1. */
    public static String pageUrl(String documentUrl, int number) {
        return number == 1 ? documentUrl : documentUrl + "?page=" + number;
    }

    /**
     * Page {@code number} of the description, or empty when the dataset says nothing about {@code resource} or
     * the description has fewer pages.
     */
    public Optional<Page> describe(Node resource, String documentUrl, int number) {
        if (number < 1)
            return Optional.empty();
        return Txn.calculateRead(source, () -> {
            DatasetGraph out = DatasetGraphFactory.create();
            Prefixes.forBase(base).forEach((p, ns) -> out.prefixes().add(p, ns));
            Set<Node> graphs = new LinkedHashSet<>();
            Set<Node> neighbours = new LinkedHashSet<>();
            List<Quad> own = new ArrayList<>();
            List<List<Quad>> groups = groups(resource, own);
            int count = Math.max(1, (groups.size() + pageSize - 1) / pageSize);
            if (number > count)
                return Optional.empty();
            List<Quad> quads = new ArrayList<>(own);
            int from = (number - 1) * pageSize;
            for (int i = from; i < Math.min(groups.size(), from + pageSize); i++)
                quads.addAll(groups.get(i));
            for (Quad q : quads) {
                out.add(q);
                graphs.add(q.getGraph());
                if (q.getSubject().equals(resource)) {
                    if (q.getObject().isURI())
                        neighbours.add(q.getObject());
                    if (isStatementGraph(q.getGraph()) && q.getObject().isURI())
                        valueNode(q.getGraph(), q.getObject(), out, neighbours, 0);
                }
                if (q.getObject().equals(resource)) {
                    neighbours.add(q.getSubject());
                    if (isStatementGraph(q.getGraph()) && q.getSubject().isURI())
                        valueNode(q.getGraph(), q.getSubject(), out, neighbours, 0);
                    if (q.getPredicate().equals(Itsrdf.TA_IDENT_REF))
                        source.find(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(out::add);
                }
            }
            source.find(resource, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.add(q);
                graphs.add(resource);
                neighbours.add(q.getSubject());
                if (q.getObject().isURI())
                    neighbours.add(q.getObject());
            });
            if (out.isEmpty())
                return Optional.empty();
            Node prov = NodeFactory.createURI(base + "graph/provenance");
            for (Node g : graphs)
                if (isStatementGraph(g))
                    provenance(prov, g, out);
            Node entities = NodeFactory.createURI(base + "graph/entities");
            neighbours.remove(resource);
            for (Node n : neighbours) {
                source.find(entities, n, Rdfs.LABEL, Node.ANY).forEachRemaining(out::add);
                source.find(entities, n, Rdf.TYPE, Node.ANY).forEachRemaining(out::add);
                source.find(prov, n, Dct.TITLE, Node.ANY).forEachRemaining(out::add);
            }
            Node doc = NodeFactory.createURI(pageUrl(documentUrl, number));
            out.getDefaultGraph().add(doc, Rdf.TYPE, Foaf.DOCUMENT);
            out.getDefaultGraph().add(doc, Foaf.PRIMARY_TOPIC, resource);
            out.getDefaultGraph().add(doc, Dct.IS_PART_OF, NodeFactory.createURI(base + "void#dataset"));
            out.getDefaultGraph().add(doc, Dct.LICENSE, NodeFactory.createURI(VoidDescription.DATA_LICENSE));
            if (number < count)
                out.getDefaultGraph().add(resource, Rdfs.SEE_ALSO, NodeFactory.createURI(pageUrl(documentUrl, number + 1)));
            return Optional.of(new Page(out, number, count));
        });
    }

    /**
     * The facts about {@code resource} that grow with the data, grouped and in IRI order: what each statement graph
     * says with it as subject or object (one group per statement), and what points to it from other graphs (one
     * group per subject, so a mention is one group). What other graphs say with it as subject (labels, types,
     * links) is its own description and goes to {@code own}, on every page.
     */
    private List<List<Quad>> groups(Node resource, List<Quad> own) {
        Map<String, List<Quad>> byKey = new TreeMap<>();
        source.find(Node.ANY, resource, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (isStatementGraph(q.getGraph()))
                byKey.computeIfAbsent(q.getGraph().toString(), k -> new ArrayList<>()).add(q);
            else
                own.add(q);
        });
        source.find(Node.ANY, Node.ANY, Node.ANY, resource).forEachRemaining(q -> {
            if (q.getSubject().equals(resource))
                return; // a loop: already taken as a fact with the resource as subject
            Node key = isStatementGraph(q.getGraph()) ? q.getGraph() : q.getSubject();
            byKey.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(q);
        });
        return new ArrayList<>(byKey.values());
    }

    /** Whether the dataset says anything about {@code resource}. */
    public boolean exists(Node resource) {
        return Txn.calculateRead(source, () -> source.contains(Node.ANY, resource, Node.ANY, Node.ANY)
                || source.contains(Node.ANY, Node.ANY, Node.ANY, resource)
                || source.contains(resource, Node.ANY, Node.ANY, Node.ANY));
    }

    private boolean isStatementGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(base + "id/statement/");
    }

    /** Amounts minted inside a statement graph ({@code …/value-n}) are described with the fact pointing to them. */
    private void valueNode(Node g, Node n, DatasetGraph out, Set<Node> neighbours, int depth) {
        if (depth > 2 || !n.getURI().startsWith(g.getURI() + "/"))
            return;
        source.find(g, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
            out.add(q);
            if (q.getObject().isURI()) {
                neighbours.add(q.getObject());
                valueNode(g, q.getObject(), out, neighbours, depth + 1);
            }
        });
    }

    private void provenance(Node prov, Node statement, DatasetGraph out) {
        source.find(prov, statement, Node.ANY, Node.ANY).forEachRemaining(q -> {
            out.add(q);
            if (q.getPredicate().equals(Prov.WAS_DERIVED_FROM) || q.getPredicate().equals(Fg.QUOTE)
                    || q.getPredicate().equals(Prov.HAD_PRIMARY_SOURCE))
                source.find(prov, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(span -> {
                    if (!span.getPredicate().equals(Nif.IS_STRING))
                        out.add(span);
                });
        });
    }
}
