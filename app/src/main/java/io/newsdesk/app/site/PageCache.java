package io.newsdesk.app.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered public pages (and feeds and sitemaps), keyed by path. Entries live a minute (so "Most Popular" moves) and are
 * dropped at once when content changes. The last rendering of each key is remembered so an
 * unchanged page keeps its Last-Modified time.
 */
public final class PageCache {
    private final Cache<String, RenderedPage> pages;
    private final ConcurrentHashMap<String, RenderedPage> previous = new ConcurrentHashMap<>();

    public PageCache(Duration ttl, long maxPages) {
        this.pages = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxPages).build();
    }

    public RenderedPage get(String key, Supplier<byte[]> render) {
        return get(key, HttpCaching.HTML, render);
    }

    /** A cached document of another type (a feed, a sitemap), kept and dropped like the pages. */
    public RenderedPage get(String key, String contentType, Supplier<byte[]> render) {
        return pages.get(key, k -> {
            RenderedPage page = RenderedPage.of(render.get(), contentType, previous.get(k));
            if (previous.size() < 100_000) previous.put(k, page);
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
}
