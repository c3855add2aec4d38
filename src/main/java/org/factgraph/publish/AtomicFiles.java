package org.factgraph.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so a reader sees the old content or the new, never a mix: content goes to a temporary file in the
 * same directory, which is then renamed over the target.
 */
public final class AtomicFiles {
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically; on failure the target is untouched and the temporary file removed. */
    public static void write(Path target, Content content) {
        writeAll(java.util.Map.of(target, content));
    }

    /**
     * Writes several files as a set: every content is first written to a temporary file beside its target, and
     * only when all of them succeeded are they renamed into place. If producing any content fails (an exception
     * from a writer, a full disk), no target is touched and every temporary file is removed. Each rename is atomic;
     * the set is replaced in one quick sequence of renames, which only a crash of the process could interrupt.
     */
    public static void writeAll(java.util.Map<Path, Content> files) {
        java.util.Map<Path, Path> written = new java.util.LinkedHashMap<>();
        Path current = null;
        try {
            for (var e : files.entrySet()) {
                current = e.getKey();
                written.put(current, temporary(current, e.getValue()));
            }
            for (var e : written.entrySet()) {
                current = e.getKey();
                move(e.getValue(), e.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + current + ": " + e.getMessage(), e);
        } finally {
            for (Path tmp : written.values())
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and harmless
                }
        }
    }

    /** A hidden temporary file next to {@code target}, for content written over time and published with {@link #publish}. */
    public static Path temp(Path target) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Renames a finished temporary file over {@code target}, atomically where the file system allows. */
    public static void publish(Path tmp, Path target) {
        try {
            readableByAll(tmp);
            move(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static Path temporary(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            readableByAll(tmp);
            return tmp;
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Temporary files are private; a published file is readable by everyone, like any file the user writes. */
    private static void readableByAll(Path file) throws IOException {
        // on a file system without POSIX permissions the default ones apply
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null)
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private AtomicFiles() {}
}
