package io.newsdesk.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import io.newsdesk.app.util.Caches;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
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
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    /** Pages being rendered now, so a second request for one waits for that render instead of starting another. */
    private final Map<String, CompletableFuture<RenderedPage>> rendering = new ConcurrentHashMap<>();
    /** Counts {@link #invalidateAll} calls: a render that began before one is not kept. */
    private final AtomicLong generations = new AtomicLong();

    private final Executor renders;

    /** A cache whose pages are rendered on the thread that asks (for tests and tools). */
    public PageCache(Duration ttl, long maxBytes) {
        this(ttl, maxBytes, Runnable::run);
    }

    /** @param renders where a missing page is rendered while its request waits ({@link RenderThreads} in the server) */
    public PageCache(Duration ttl, long maxBytes, Executor renders) {
        this.renders = renders;
        this.pages = Caches.upkeptByCaller().expireAfterWrite(ttl).maximumWeight(maxBytes)
                .weigher((String key, RenderedPage page) -> page.weight(key)).build();
        this.previous = Caches.upkeptByCaller().maximumSize(MAX_VERSIONS).build();
    }

    public RenderedPage get(String key, Supplier<byte[]> render) {
        return get(key, HttpCaching.HTML, render);
    }

    /**
     * A cached document of another type (a feed, a sitemap), kept and dropped like the pages.
     *
     * <p>A page is rendered outside the cache's own locks: rendering inside {@code Cache.get(key, loader)} held a lock of
     * the cache's table for the whole render, and with many virtual threads a request whose key shared that lock waited
     * for another page's render (seconds, under load: docs/benchmarks.md). Concurrent requests for one page still wait
     * for a single render ({@link #rendering}).
     */
    public RenderedPage get(String key, String contentType, Supplier<byte[]> render) {
        RenderedPage cached = pages.getIfPresent(key);
        if (cached != null) {
            hits.increment();
            return cached;
        }
        CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
        CompletableFuture<RenderedPage> theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            hits.increment(); // rendered once, for this request too
            return awaited(theirs);
        }
        try {
            long generation = generations.get();
            RenderedPage page = pages.getIfPresent(key); // rendered and cached since the look-up above
            if (page == null) {
                RenderedPage before = previous.getIfPresent(key);
                page = awaited(CompletableFuture.supplyAsync(() -> RenderedPage.of(render.get(), contentType, before), renders));
                previous.put(key, page.version());
                misses.increment();
                // rendered from content that changed meanwhile: answer this request, keep nothing
                if (generation == generations.get()) {
                    pages.put(key, page);
                    if (generation != generations.get()) pages.asMap().remove(key, page); // changed as it was put
                }
            }
            mine.complete(page);
            return page;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** Another request's render of the same page: its page, or its failure (a 404 stays a 404). */
    private static RenderedPage awaited(CompletableFuture<RenderedPage> render) {
        try {
            return render.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
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
        generations.incrementAndGet();
        pages.invalidateAll();
    }

    /** Bytes held by cached pages (after pending evictions), for tests and monitoring. */
    public long weightedBytes() {
        pages.cleanUp();
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }
}
