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
        return pages.get(key, k -> {
            RenderedPage page = RenderedPage.of(render.get(), contentType, previous.getIfPresent(k));
            previous.put(k, page.version());
            return page;
        });
    }

    /** The cached page under {@code key}, or null; never renders. */
    public RenderedPage peek(String key) {
        return pages.getIfPresent(key);
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
