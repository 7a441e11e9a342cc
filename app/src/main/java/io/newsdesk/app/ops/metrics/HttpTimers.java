package io.newsdesk.app.ops.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code http_server_requests_seconds}: a latency histogram per method, route template and status. Tags come only
 * from fixed sets (the routes' templates, four method groups, the status number), never from the request's path, so
 * the number of series stays bounded whatever clients send. Timers are kept in arrays by method and status, so a
 * request costs one map look-up by the (interned) route string, not a registry look-up with new tag objects.
 */
public final class HttpTimers {
    public static final String NAME = "http.server.requests";
    /** Histogram buckets: a cached page takes well under a millisecond, a rendered one a few, a search tens. */
    private static final Duration[] BUCKETS = {
            Duration.ofNanos(250_000), Duration.ofNanos(500_000), Duration.ofMillis(1), Duration.ofMillis(2),
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final String[] METHODS = {"GET", "HEAD", "POST", "OTHER"};
    private static final int FIRST_STATUS = 100;
    private static final int STATUSES = 500; // 100 … 599

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, Timer[][]> byRoute = new ConcurrentHashMap<>();

    public HttpTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String method, String route, int status, long nanos) {
        int m = switch (method) {
            case "GET" -> 0;
            case "HEAD" -> 1;
            case "POST" -> 2;
            default -> 3;
        };
        int s = status - FIRST_STATUS;
        if (s < 0 || s >= STATUSES) s = 500 - FIRST_STATUS; // Jetty never sends others; counted as 500 if it did
        Timer[][] table = byRoute.computeIfAbsent(route, r -> new Timer[METHODS.length][]);
        Timer[] byStatus = table[m];
        if (byStatus == null) table[m] = byStatus = new Timer[STATUSES];
        Timer t = byStatus[s];
        if (t == null) {
            // two threads may both get here: the registry hands both the same timer
            byStatus[s] = t = Timer.builder(NAME).description("HTTP requests by method, route template and status")
                    .tag("method", METHODS[m]).tag("route", route).tag("status", Integer.toString(s + FIRST_STATUS))
                    .serviceLevelObjectives(BUCKETS).register(registry);
        }
        t.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
