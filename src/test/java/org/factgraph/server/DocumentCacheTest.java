package org.factgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rendered-document cache: a byte budget, least recently used out first, one data generation at a time. */
class DocumentCacheTest {
    private static DocumentCache.Rendered doc(int bytes) {
        return new DocumentCache.Rendered("text/turtle", new byte[bytes], "\"e\"", 1);
    }

    @Test
    void theLeastRecentlyUsedDocumentsLeaveFirstWhenTheBudgetIsFull() {
        DocumentCache cache = new DocumentCache(800);
        cache.put(0, "a", doc(100));
        cache.put(0, "b", doc(100));
        cache.put(0, "c", doc(100));
        assertTrue(cache.get(0, "a").isPresent()); // a is now the most recently used
        for (int i = 0; i < 6; i++)
            cache.put(0, "x" + i, doc(100));
        assertTrue(cache.bytes() <= 800, "over budget: " + cache.bytes());
        assertTrue(cache.get(0, "a").isPresent(), "a was used recently");
        assertFalse(cache.get(0, "b").isPresent(), "b was the least recently used");
        assertEquals(8, cache.size());
    }

    @Test
    void aNewerGenerationEmptiesTheCacheAndAnOlderOneIsIgnored() {
        DocumentCache cache = new DocumentCache(1000);
        cache.put(3, "a", doc(10));
        assertFalse(cache.get(4, "a").isPresent(), "a document of generation 3 must not answer for 4");
        cache.put(4, "b", doc(10));
        assertEquals(1, cache.size());
        assertFalse(cache.get(3, "a").isPresent());
        cache.put(3, "late", doc(10));
        assertFalse(cache.get(4, "late").isPresent(), "a document rendered from older data was kept");
        assertEquals(10, cache.bytes());
    }

    @Test
    void documentsOverAnEighthOfTheBudgetAndAZeroBudgetKeepNothing() {
        DocumentCache cache = new DocumentCache(800);
        cache.put(0, "big", doc(101));
        assertFalse(cache.get(0, "big").isPresent());
        cache.put(0, "fits", doc(100));
        assertTrue(cache.get(0, "fits").isPresent());
        DocumentCache off = new DocumentCache(0);
        off.put(0, "a", doc(1));
        assertFalse(off.get(0, "a").isPresent());
    }

    @Test
    void replacingADocumentCountsItsBytesOnce() {
        DocumentCache cache = new DocumentCache(8000);
        cache.put(0, "a", doc(100));
        cache.put(0, "a", doc(300));
        assertEquals(300, cache.bytes());
        assertEquals(300, cache.get(0, "a").orElseThrow().body().length);
    }
}
