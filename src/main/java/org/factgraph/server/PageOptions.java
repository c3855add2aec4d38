package org.factgraph.server;

import org.factgraph.publish.EntityDescription;

/**
 * How entity documents are published: {@code pageSize} groups of incoming facts per page (see
 * {@link EntityDescription}), and up to {@code cacheBytes} of rendered documents kept in memory until the data
 * changes (0 turns the cache off).
 */
public record PageOptions(int pageSize, long cacheBytes) {
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    public static final PageOptions DEFAULTS = new PageOptions(EntityDescription.DEFAULT_PAGE_SIZE, DEFAULT_CACHE_BYTES);

    public PageOptions {
        if (pageSize < 1)
            throw new IllegalArgumentException("--page-size must be at least 1: " + pageSize);
        if (cacheBytes < 0)
            throw new IllegalArgumentException("--page-cache must not be negative: " + cacheBytes);
    }
}
