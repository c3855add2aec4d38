package org.factgraph.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataWatcherTest {
    @TempDir
    Path dir;

    @Test
    void aChangedFileTriggersOneCallAndAFailingCallDoesNotStopWatching() throws Exception {
        Files.writeString(dir.resolve("entities.yaml"), "entities: []\n");
        CountDownLatch changes = new CountDownLatch(2);
        CountDownLatch errors = new CountDownLatch(1);
        try (DataWatcher w = DataWatcher.start(dir, Duration.ofMillis(50), () -> {
            changes.countDown();
            if (changes.getCount() == 1)
                throw new IllegalStateException("first reload fails");
        }, e -> errors.countDown())) {
            Thread.sleep(200);
            Files.writeString(dir.resolve("entities.yaml"), "entities: [] # edited\n");
            assertTrue(errors.await(5, TimeUnit.SECONDS), "the failing reload was not reported");
            Files.writeString(dir.resolve("new.yaml"), "x: 1\n");
            assertTrue(changes.await(5, TimeUnit.SECONDS), "the second change was not seen");
        }
    }
}
