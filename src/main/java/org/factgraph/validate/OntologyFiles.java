package org.factgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the ontology, shapes and JSON-LD context are read from: a directory when given (or {@code ./ontology} when
 * it exists), else the copies packaged in the jar.
 */
public final class OntologyFiles {
    public static final String ONTOLOGY = "factgraph.ttl";
    public static final String SHAPES = "shapes.ttl";
    public static final String CONTEXT = "context.jsonld";

    private final Path dir;

    private OntologyFiles(Path dir) {
        this.dir = dir;
    }

    public static OntologyFiles in(Path dir) {
        return new OntologyFiles(dir);
    }

    /** {@code ./ontology} if present, else the packaged copies. */
    public static OntologyFiles standard() {
        Path local = Path.of("ontology");
        return new OntologyFiles(Files.isDirectory(local) ? local : null);
    }

    /** How a file is named in messages. */
    public String name(String file) {
        return dir == null ? "ontology/" + file + " (packaged)" : dir.resolve(file).toString();
    }

    public InputStream open(String file) {
        try {
            if (dir != null)
                return Files.newInputStream(dir.resolve(file));
            InputStream in = OntologyFiles.class.getResourceAsStream("/ontology/" + file);
            if (in == null)
                throw new NoSuchFileException("ontology/" + file);
            return in;
        } catch (NoSuchFileException e) {
            throw new ShapesException(name(file) + ": file not found; restore it from the repository", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name(file) + ": " + e.getMessage(), e);
        }
    }

    public Validator validator() {
        try (InputStream in = open(SHAPES)) {
            return Validator.fromTurtle(in, name(SHAPES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
