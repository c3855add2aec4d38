package org.factgraph.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.factgraph.model.Document;
import org.factgraph.model.Entity;
import org.factgraph.model.FactBase;

/**
 * Reads a data directory: {@code entities.yaml} and one folder per document under {@code documents/}. Fails with a
 * {@link DataException} naming file and line on the first problem.
 */
public final class DataLoader {
    public static FactBase load(Path dataDir) {
        List<Entity> entities = entities(dataDir);
        List<Document> documents = new ArrayList<>();
        forEachDocument(dataDir, entities, documents::add);
        return new FactBase(entities, documents);
    }

    /** Reads and checks {@code entities.yaml} only. */
    public static List<Entity> entities(Path dataDir) {
        if (!Files.isDirectory(dataDir))
            throw new DataException(dataDir.toString(), "data directory not found; pass --data DIR");
        List<Entity> entities = EntityReader.read(YamlFile.read(dataDir.resolve("entities.yaml"), root(dataDir) + "/entities.yaml"));
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities)
            if (byId.putIfAbsent(e.id(), e) != null)
                throw new DataException(e.location(), "duplicate entity id '" + e.id() + "'; first declared at "
                        + byId.get(e.id()).location());
        return entities;
    }

    /**
     * Reads the documents one at a time, in folder order, handing each to {@code each}, so a caller can process
     * and drop them without holding all of them; returns how many were read.
     */
    public static int forEachDocument(Path dataDir, List<Entity> entities, Consumer<Document> each) {
        String root = root(dataDir);
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities)
            byId.putIfAbsent(e.id(), e);
        List<Entity> mentionable = entities.stream().filter(e -> !e.mentions().isEmpty()).toList();
        Map<String, String> docIds = new HashMap<>();
        int n = 0;
        for (Path dir : documentDirs(dataDir.resolve("documents"), root)) {
            Document d = DocumentReader.read(dir, root + "/documents/" + dir.getFileName(), byId, mentionable);
            if (docIds.putIfAbsent(d.id(), d.location().toString()) != null)
                throw new DataException(d.location(), "duplicate document id '" + d.id() + "'");
            each.accept(d);
            n++;
        }
        return n;
    }

    private static String root(Path dataDir) {
        return dataDir.getFileName() == null ? dataDir.toString() : dataDir.getFileName().toString();
    }

    private static List<Path> documentDirs(Path documents, String root) {
        if (!Files.isDirectory(documents))
            throw new DataException(root + "/documents", "folder not found; each document needs a folder there");
        try (Stream<Path> s = Files.list(documents)) {
            List<Path> dirs = s.filter(Files::isDirectory).sorted().toList();
            if (dirs.isEmpty())
                throw new DataException(root + "/documents", "no document folders; add one with document.yaml");
            return dirs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DataLoader() {}
}
