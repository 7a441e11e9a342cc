package io.newsdesk.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code limit} actions per client in a sliding window (in memory, per node). */
public final class RateLimiter {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Long>> recent;

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
    }

    /** Takes one action for {@code client}; false when the client is over its limit. */
    public boolean tryAcquire(String client) {
        long now = clock.millis();
        Deque<Long> times = recent.get(client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) times.pollFirst();
            if (times.size() >= limit) return false;
            times.addLast(now);
            return true;
        }
    }
}
