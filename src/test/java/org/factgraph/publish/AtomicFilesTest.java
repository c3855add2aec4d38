package org.factgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @Test
    void aSetIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.ttl"), b = dir.resolve("b.ttl");
        Files.writeString(a, "old a");
        Files.writeString(b, "old b");
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
        files.put(b, out -> {
            out.write("half of b".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("writer failed half-way");
        });
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeAll(files));
        assertEquals("old a", Files.readString(a), "a was written although b failed");
        assertEquals("old b", Files.readString(b));
        try (var s = Files.list(dir)) {
            assertEquals(List.of("a.ttl", "b.ttl"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "temporary files were left behind");
        }
    }

    @Test
    void aSetIsReplacedWhenEveryFileIsWritten(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.ttl"), b = dir.resolve("sub/b.ttl");
        Files.writeString(a, "old a");
        AtomicFiles.writeAll(Map.of(a, out -> out.write('A'), b, out -> out.write('B')));
        assertEquals("A", Files.readString(a));
        assertEquals("B", Files.readString(b));
        try (var s = Files.list(dir)) {
            assertEquals(2, s.count(), "only a.ttl and sub/ remain");
        }
    }
}
