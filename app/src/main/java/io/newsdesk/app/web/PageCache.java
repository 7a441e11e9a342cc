package io.newsdesk.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Rendered public pages (and feeds and sitemaps), keyed by path. Entries live a minute (so "Most Popular" moves) and are
 * dropped at once when content changes. The cache is bounded by the bytes it holds (each page and its gzip copy), so
 * many distinct URLs cannot grow the heap. The last version of each key (its ETag and time, not its bytes) is
 * remembered, boundedly too, so an unchanged page keeps its Last-Modified time.
 */
public final class PageCache {
    /** Versions remembered for Last-Modified: about 200 bytes each. */
    static final int MAX_VERSIONS = 100_000;

    private final Cache<String, RenderedPage> pages;
    private final Cache<String, RenderedPage> previous;
    /** Reads answered from the cache, and pages rendered because they were not in it (for the metrics). */
    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder misses = new java.util.concurrent.atomic.LongAdder();

    public PageCache(Duration ttl, long maxBytes) {
        this.pages = Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(maxBytes)
                .weigher((String key, RenderedPage page) -> page.weight(key)).build();
        this.previous = Caffeine.newBuilder().maximumSize(MAX_VERSIONS).build();
    }

    public RenderedPage get(String key, Supplier<byte[]> render) {
        return get(key, HttpCaching.HTML, render);
    }

    /** A cached document of another type (a feed, a sitemap), kept and dropped like the pages. */
    public RenderedPage get(String key, String contentType, Supplier<byte[]> render) {
        boolean[] rendered = {false};
        RenderedPage found = pages.get(key, k -> {
            rendered[0] = true;
            RenderedPage page = RenderedPage.of(render.get(), contentType, previous.getIfPresent(k));
            previous.put(k, page.version());
            return page;
        });
        (rendered[0] ? misses : hits).increment();
        return found;
    }

    /** The cached page under {@code key}, or null; never renders. */
    public RenderedPage peek(String key) {
        RenderedPage page = pages.getIfPresent(key);
        if (page != null) hits.increment(); // a miss is counted when the page is rendered, not here
        return page;
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public void invalidateAll() {
        pages.invalidateAll();
    }

    /** Bytes held by cached pages (after pending evictions), for tests and monitoring. */
    public long weightedBytes() {
        pages.cleanUp();
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }
}
