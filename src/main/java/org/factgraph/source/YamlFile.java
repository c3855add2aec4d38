package org.factgraph.source;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factgraph.model.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML data file read as a node tree that keeps line numbers, so every error can name {@code file:line}. Values
 * are read as text; nothing is converted implicitly (no YAML dates or floats).
 */
final class YamlFile {
    private final String name;

    private YamlFile(String name) {
        this.name = name;
    }

    /** Parses {@code path}; {@code name} is how the file is named in messages. The root must be a mapping. */
    static Map read(Path path, String name) {
        String text = TextFiles.read(path, name);
        YamlFile file = new YamlFile(name);
        if (text.isBlank())
            throw new DataException(new Location(name, 1), "file is empty; see data/README.md for its format");
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit((int) TextFiles.MAX_BYTES);
            root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new DataException(new Location(name, line), "YAML syntax error: " + e.getProblem()
                    + context(e, line) + unclosedQuote(text, line) + "; check indentation, colons and quotes");
        } catch (YAMLException e) {
            throw new DataException(new Location(name, 1), "YAML error: " + firstLine(e.getMessage()));
        }
        if (!(root instanceof MappingNode m))
            throw new DataException(file.at(root), "expected a mapping of keys to values at the top of the file");
        return file.new Map(m);
    }

    /** Where the construct the parser was in began, when that is another line. */
    private static String context(MarkedYAMLException e, int problemLine) {
        if (e.getContext() == null || e.getContextMark() == null || e.getContextMark().getLine() + 1 == problemLine)
            return "";
        return " (" + e.getContext() + " that starts at line " + (e.getContextMark().getLine() + 1) + ")";
    }

    /**
     * The commonest cause of a syntax error reported far from its cause is a quote opened and not closed: names the
     * first line up to the problem with an odd number of double quotes, if any.
     */
    private static String unclosedQuote(String text, int problemLine) {
        List<String> lines = text.lines().limit(problemLine).toList();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replace("\\\\", "").replace("\\\"", "");
            if (!l.strip().startsWith("#") && l.chars().filter(c -> c == '"').count() % 2 == 1)
                return "; line " + (i + 1) + " opens a double quote it does not close";
        }
        return "";
    }

    private static String firstLine(String m) {
        return m == null ? "" : m.strip().lines().findFirst().orElse("");
    }

    Location at(Node node) {
        return new Location(name, node == null ? 1 : node.getStartMark().getLine() + 1);
    }

    /** A YAML mapping with unique keys. */
    final class Map {
        private final MappingNode node;

        Map(MappingNode node) {
            this.node = node;
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : node.getValue()) {
                String key = scalar(t.getKeyNode(), "a key");
                if (!seen.add(key))
                    throw new DataException(at(t.getKeyNode()), "duplicate key '" + key + "'; keep only one");
            }
        }

        Location location() {
            return at(node);
        }

        YamlFile owner() {
            return YamlFile.this;
        }

        Set<String> keys() {
            Set<String> keys = new java.util.LinkedHashSet<>();
            node.getValue().forEach(t -> keys.add(((ScalarNode) t.getKeyNode()).getValue()));
            return keys;
        }

        /** Fails naming the first key that is not in {@code allowed}. */
        void onlyKeys(Set<String> allowed) {
            for (NodeTuple t : node.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                if (!allowed.contains(key))
                    throw new DataException(at(t.getKeyNode()),
                            "unknown key '" + key + "'; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }

        Optional<Node> get(String key) {
            return node.getValue().stream().filter(t -> key.equals(((ScalarNode) t.getKeyNode()).getValue()))
                    .map(NodeTuple::getValueNode).findFirst();
        }

        Location locationOf(String key) {
            return get(key).map(YamlFile.this::at).orElse(location());
        }

        String text(String key) {
            Node v = get(key).orElseThrow(() -> new DataException(location(), "missing '" + key + "'"));
            String s = scalar(v, "'" + key + "'");
            if (s.isBlank())
                throw new DataException(at(v), "'" + key + "' is empty");
            return s;
        }

        String text(String key, String fallback) {
            return get(key).map(v -> scalar(v, "'" + key + "'")).orElse(fallback);
        }

        /** A single text or a list of texts. */
        List<String> texts(String key) {
            return get(key).map(v -> v instanceof SequenceNode s
                    ? s.getValue().stream().map(n -> scalar(n, "an item of '" + key + "'")).toList()
                    : List.of(scalar(v, "'" + key + "'"))).orElse(List.of());
        }

        List<Map> maps(String key) {
            return get(key).map(v -> {
                if (!(v instanceof SequenceNode s))
                    throw new DataException(at(v), "'" + key + "' must be a list");
                return s.getValue().stream().map(n -> YamlFile.this.map(n, "an item of '" + key + "'")).toList();
            }).orElse(List.of());
        }

        Optional<Map> map(String key) {
            return get(key).map(v -> YamlFile.this.map(v, "'" + key + "'"));
        }

        List<NodeTuple> entries() {
            return node.getValue();
        }
    }

    Map map(Node n, String what) {
        if (!(n instanceof MappingNode m))
            throw new DataException(at(n), what + " must be a mapping (key: value)");
        return new Map(m);
    }

    String scalar(Node n, String what) {
        if (!(n instanceof ScalarNode s))
            throw new DataException(at(n), what + " must be a single value, not a list or mapping");
        return s.getValue();
    }
}
