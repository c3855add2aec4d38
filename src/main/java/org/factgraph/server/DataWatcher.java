package org.factgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a data directory and calls {@code onChange} when any file in it is added, removed or modified. Polls a
 * fingerprint (names, sizes, modification times) rather than using file-system events, which are unreliable on
 * network and container file systems. Changes are handled one at a time on a single daemon thread.
 */
public final class DataWatcher implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private DataWatcher(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts watching; failures of {@code onChange} go to {@code onError} and watching goes on. */
    public static DataWatcher start(Path dir, Duration interval, Runnable onChange, Consumer<RuntimeException> onError) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factgraph-data-watcher");
            t.setDaemon(true);
            return t;
        });
        String[] last = {fingerprint(dir)};
        timer.scheduleWithFixedDelay(() -> {
            try {
                String now = fingerprint(dir);
                if (!now.equals(last[0])) {
                    last[0] = now;
                    onChange.run();
                }
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new DataWatcher(timer);
    }

    static String fingerprint(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            StringBuilder sb = new StringBuilder();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList())
                sb.append(p).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
