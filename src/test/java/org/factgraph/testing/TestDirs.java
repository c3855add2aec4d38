package org.factgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.factgraph.bench.SyntheticData;

/** Where the test fixtures are, and copying them. Tests run with the project directory as working directory. */
public final class TestDirs {
    /** The minimal valid data directory every bad case is a mutated copy of. */
    public static final Path MINIMAL_DATA = Path.of("src/test/resources/minimal/data").toAbsolutePath();
    public static final Path BAD_CASES = Path.of("src/test/resources/bad").toAbsolutePath();
    public static final Path ONTOLOGY = Path.of("ontology").toAbsolutePath();
    public static final Path REAL_DATA = Path.of("data").toAbsolutePath();

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code docs} synthetic fact sheets into {@code dir} whose second sheet has a visit that ends before it
     * starts, which SHACL ({@code sh:lessThanOrEquals}) rejects.
     */
    public static Path syntheticDataFailingShacl(Path dir, int docs) throws IOException {
        new SyntheticData(SyntheticData.DEFAULT_SEED).write(dir, docs);
        Path statements = dir.resolve("documents/synthetic-0000002/statements.yaml");
        Files.writeString(statements, Files.readString(statements).replaceFirst("schema:endDate: \\{date: \"[0-9-]+\"\\}",
                "schema:endDate: {date: \"1990-01-01\"}"));
        return dir;
    }

    private TestDirs() {}
}
