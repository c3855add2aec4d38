package org.factgraph.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered entity documents of one data generation ({@link Site#generation()}), up to a budget of bytes, the least
 * recently used dropped first. A document bigger than an eighth of the budget is not kept, so one huge page cannot
 * push out the rest. Asking with a newer generation empties the cache; entries offered for an older one are ignored,
 * so a document rendered from the previous data is never served once the data changed.
 */
final class DocumentCache {
    /** A rendered document: its bytes, their ETag, and how many pages the description it is a page of has. */
    record Rendered(String contentType, byte[] body, String etag, int pages) {}

    private final long budget;
    private final LinkedHashMap<String, Rendered> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long generation = -1;
    private long bytes;

    DocumentCache(long budget) {
        this.budget = budget;
    }

    synchronized Optional<Rendered> get(long generation, String key) {
        if (generation != this.generation)
            return Optional.empty();
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(long generation, String key, Rendered rendered) {
        if (generation < this.generation || rendered.body().length > budget / 8)
            return;
        if (generation > this.generation) {
            entries.clear();
            bytes = 0;
            this.generation = generation;
        }
        Rendered old = entries.put(key, rendered);
        if (old != null)
            bytes -= old.body().length;
        bytes += rendered.body().length;
        var it = entries.entrySet().iterator();
        while (bytes > budget && it.hasNext()) {
            Map.Entry<String, Rendered> eldest = it.next();
            bytes -= eldest.getValue().body().length;
            it.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }
}
