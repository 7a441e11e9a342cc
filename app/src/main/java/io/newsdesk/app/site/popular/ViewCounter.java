package io.newsdesk.app.site.popular;

import com.github.benmanes.caffeine.cache.Cache;
import io.newsdesk.app.store.PageViewStore;
import io.newsdesk.app.store.PageViewStore.HourlyKey;
import io.newsdesk.app.util.Caches;
import io.newsdesk.app.util.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts article views from the page's beacon. A view is ignored when it comes from a known bot,
 * or from a client that viewed the same article in the last 30 minutes. Clients are told apart by a
 * hash of address and user agent salted with a random value that changes every UTC day and is never
 * stored, so nothing personal is kept. Counts collect in memory and are written in batches.
 */
public final class ViewCounter {
    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);
    public static final Duration REPEAT_WINDOW = Duration.ofMinutes(30);

    private final PageViewStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Boolean> recent;
    private final ConcurrentHashMap<HourlyKey, LongAdder> buffer = new ConcurrentHashMap<>();
    private volatile LocalDate saltDay;
    private volatile byte[] salt;

    public ViewCounter(PageViewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        // the window follows the same clock as the counts, so it can be tested without waiting
        this.recent = Caches.upkeptByCaller().ticker(() -> clock.millis() * 1_000_000L)
                .expireAfterWrite(REPEAT_WINDOW).maximumSize(2_000_000).build();
    }

    /** Records a view; returns whether it counted. */
    public boolean record(String articleId, String address, String userAgent) {
        if (Bots.isBot(userAgent)) return false;
        String client = clientHash(address, userAgent, articleId);
        if (recent.asMap().putIfAbsent(client, Boolean.TRUE) != null) return false;
        long hour = clock.millis() / 3_600_000L * 3_600_000L;
        buffer.computeIfAbsent(new HourlyKey(articleId, hour), k -> new LongAdder()).increment();
        return true;
    }

    /** Writes the buffered counts in one batch. Called on a timer and at shutdown. */
    public synchronized void flush() {
        if (buffer.isEmpty()) return;
        Map<HourlyKey, Long> counts = new HashMap<>();
        for (HourlyKey key : buffer.keySet()) {
            LongAdder adder = buffer.remove(key);
            if (adder != null) counts.merge(key, adder.sum(), Long::sum);
        }
        try {
            store.add(counts);
        } catch (RuntimeException e) {
            // keep the counts for the next flush rather than lose them
            counts.forEach((k, v) -> buffer.computeIfAbsent(k, x -> new LongAdder()).add(v));
            log.warn("could not write view counts, will retry: {}", e.getMessage());
        }
    }

    private String clientHash(String address, String userAgent, String articleId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!today.equals(saltDay)) rotateSalt(today);
        return Sha256.shortHex(16, salt, (address + "\n" + userAgent + "\n" + articleId).getBytes(StandardCharsets.UTF_8));
    }

    private synchronized void rotateSalt(LocalDate day) {
        if (day.equals(saltDay)) return;
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        salt = fresh;
        saltDay = day;
    }
}
