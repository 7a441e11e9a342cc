package io.newsdesk.app.util;

import com.github.benmanes.caffeine.cache.Caffeine;

/** Caffeine caches that readers' requests write to. */
public final class Caches {
    private Caches() {}

    /**
     * A builder whose upkeep (eviction, expiry) runs on the thread that reads or writes, not on the common pool:
     * handed to the pool, as by default, every write of a page's miss woke one of its threads, about 7 % of a miss's
     * CPU with the lock it then took (docs/benchmarks.md, issue 17). Not for caches that reload in the background
     * ({@code refreshAfterWrite}): their reloads would then make a reader wait.
     */
    public static Caffeine<Object, Object> upkeptByCaller() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
