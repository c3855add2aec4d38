package org.factgraph.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        if (!Files.isDirectory(dataDir))
            throw new DataException(dataDir.toString(), "data directory not found; pass --data DIR");
        String root = dataDir.getFileName() == null ? dataDir.toString() : dataDir.getFileName().toString();
        List<Entity> entities = EntityReader.read(YamlFile.read(dataDir.resolve("entities.yaml"), root + "/entities.yaml"));
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities)
            if (byId.putIfAbsent(e.id(), e) != null)
                throw new DataException(e.location(), "duplicate entity id '" + e.id() + "'; first declared at "
                        + byId.get(e.id()).location());
        List<Document> documents = new ArrayList<>();
        for (Path dir : documentDirs(dataDir.resolve("documents"), root))
            documents.add(DocumentReader.read(dir, root + "/documents/" + dir.getFileName(), byId));
        Map<String, String> docIds = new HashMap<>();
        for (Document d : documents)
            if (docIds.putIfAbsent(d.id(), d.location().toString()) != null)
                throw new DataException(d.location(), "duplicate document id '" + d.id() + "'");
        return new FactBase(entities, documents);
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
