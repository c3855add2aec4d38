package org.factgraph.validate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

/** Validates a data graph against factgraph's SHACL shapes. Immutable once built; safe to share. */
public final class Validator {
    /** Fails on the first error with its line and column, and logs nothing: the caller reports it once. */
    private static final ErrorHandler SILENT_STRICT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private final Shapes shapes;

    private Validator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Parses Turtle shapes; {@code name} is used in messages. */
    public static Validator fromTurtle(InputStream in, String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(SILENT_STRICT).parse(g);
            return new Validator(Shapes.parse(g));
        } catch (RiotParseException e) {
            String where = e.getLine() > 0 ? name + ":" + e.getLine() : name;
            String column = e.getCol() > 0 ? " at column " + e.getCol() : "";
            throw new ShapesException(where + ": Turtle syntax error" + column + ": " + e.getOriginalMessage()
                    + "; fix the shapes file's Turtle syntax", e);
        } catch (RiotException e) {
            throw new ShapesException(name + ": " + e.getMessage() + "; fix the shapes file's Turtle syntax", e);
        } catch (RuntimeException e) {
            throw new ShapesException(name + ": not usable as SHACL shapes: " + e.getMessage(), e);
        }
    }

    public ValidationOutcome validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> lines = new ArrayList<>();
        report.getEntries().stream().sorted(Comparator.comparing(e -> str(e.focusNode())))
                .forEach(e -> lines.add(line(e)));
        return new ValidationOutcome(report.conforms(), lines);
    }

    private String line(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        String value = e.value() == null ? "" : " (value " + str(e.value()) + ")";
        return str(e.focusNode()) + path + ": " + e.message() + value + " [shape " + str(namedShape(e.source())) + "]";
    }

    /** The shape to name in a report: a blank property shape is named by the node shape declaring it. */
    private Node namedShape(Node source) {
        if (source == null || !source.isBlank())
            return source;
        List<Node> owners = shapes.getGraph().find(Node.ANY, SHACL.property, source).mapWith(Triple::getSubject)
                .toList();
        return owners.size() == 1 ? owners.get(0) : source;
    }

    private static String str(Node n) {
        return n == null ? "" : FmtUtils.stringForNode(n);
    }
}
