package io.newsdesk.app.fetch;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * robots.txt per origin, fetched once and kept for a TTL. Async cache: concurrent page fetches to a new host
 * wait for one shared robots.txt download instead of each starting its own.
 */
final class RobotsCache {
    /** An unreachable robots.txt means "disallow all", but only for a short while, so a blip does not block an hour. */
    static final Duration ERROR_TTL = Duration.ofMinutes(5);

    private final AsyncCache<String, RobotsTxt> cache;
    private final Function<URI, RobotsTxt> loader;
    private final Executor executor;

    RobotsCache(Duration ttl, Executor executor, Function<URI, RobotsTxt> loader) {
        this.loader = loader;
        this.executor = executor;
        long ttlNanos = ttl.toNanos();
        long errorNanos = Math.min(ttlNanos, ERROR_TTL.toNanos());
        this.cache = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfter(new Expiry<String, RobotsTxt>() {
                    @Override
                    public long expireAfterCreate(String key, RobotsTxt value, long currentTime) {
                        return value.temporary() ? errorNanos : ttlNanos;
                    }

                    @Override
                    public long expireAfterUpdate(String key, RobotsTxt value, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, value, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String key, RobotsTxt value, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .executor(executor)
                .buildAsync();
    }

    boolean allowed(URI uri) {
        String origin = origin(uri);
        RobotsTxt robots = cache.get(origin,
                (key, ex) -> CompletableFuture.supplyAsync(() -> loader.apply(URI.create(key + "/robots.txt")), executor))
                .join();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return robots.isAllowed(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }
}
