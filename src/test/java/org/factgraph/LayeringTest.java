package org.factgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Data flows one way: source → model → rdf → validate → store/publish → server/cli. Each package may use only the
 * packages listed for it here; a new package must be added deliberately.
 */
class LayeringTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "vocab", Set.of(),
            "model", Set.of(),
            "source", Set.of("model", "vocab"),
            "rdf", Set.of("model", "vocab"),
            "validate", Set.of("vocab"),
            "store", Set.of("model", "vocab"),
            "publish", Set.of("model", "source", "rdf", "validate", "vocab"),
            "server", Set.of("model", "source", "rdf", "validate", "store", "publish", "vocab"),
            "bench", Set.of("model", "source", "rdf", "validate", "store", "publish", "server", "vocab"),
            "cli", Set.of("model", "source", "rdf", "validate", "store", "publish", "server", "bench", "vocab"));

    private static final Pattern OWN = Pattern.compile("\\borg\\.factgraph\\.([a-z]+)\\.");

    @Test
    void packagesOnlyUseThoseBeforeThemInTheFlow() throws IOException {
        Path root = Path.of("src/main/java/org/factgraph");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file).getName(0).toString();
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    offences.add(file + ": package '" + pkg + "' has no place in the flow yet");
                    continue;
                }
                Matcher m = OWN.matcher(Files.readString(file));
                while (m.find())
                    if (!m.group(1).equals(pkg) && !allowed.contains(m.group(1)))
                        offences.add(file + " uses org.factgraph." + m.group(1));
            }
        }
        assertTrue(offences.isEmpty(), String.join("\n", offences));
    }
}
