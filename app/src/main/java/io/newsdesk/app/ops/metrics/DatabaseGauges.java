package io.newsdesk.app.ops.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.newsdesk.app.search.SearchIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The gauges whose truth is in the database, read once per scrape ({@link #refresh}) with a few small queries on
 * indexed columns: the job queue by kind and state (finished jobs are not counted: they are history, and the most
 * rows), dead jobs, each source's failures in a row, Telegram channels paused and posts waiting, WebSub pings
 * waiting, and how far the search index is behind the articles. The database is shared by every node, so these are
 * the same from any node (alerts should not sum them over nodes).
 */
public final class DatabaseGauges {
    private static final List<String> KINDS = List.of("source", "item", "translate");
    private static final List<String> QUEUE_STATES = List.of("queued", "running", "failed", "dead");
    private static final List<String> TELEGRAM_WAITING = List.of("queued", "sending", "edit", "delete", "uncertain");

    private final Jdbi jdbi;
    private final SearchIndex index;
    private final MultiGauge queue;
    private final MultiGauge sources;
    private final MultiGauge sourceFailures;
    private final MultiGauge telegramPaused;
    private final MultiGauge telegramPosts;
    private final AtomicLong deadJobs = new AtomicLong();
    private final AtomicLong websubPending = new AtomicLong();
    private final AtomicLong websubRetrying = new AtomicLong();
    private final AtomicLong indexLagMillis = new AtomicLong();

    public DatabaseGauges(MeterRegistry registry, Jdbi jdbi, SearchIndex index) {
        this.jdbi = jdbi;
        this.index = index;
        queue = MultiGauge.builder("newsdesk.import.queue.jobs").description("Import jobs waiting, running, failed (to retry) or dead, by kind")
                .register(registry);
        sources = MultiGauge.builder("newsdesk.import.sources").description("Sources by status (active, paused)").register(registry);
        sourceFailures = MultiGauge.builder("newsdesk.import.source.consecutive.failures")
                .description("Failed fetches in a row, per source (paused at 8)").register(registry);
        telegramPaused = MultiGauge.builder("newsdesk.telegram.paused").description("1 while posting to the channel is paused")
                .register(registry);
        telegramPosts = MultiGauge.builder("newsdesk.telegram.posts.waiting").description("Telegram posts not yet done, by state")
                .register(registry);
        Gauge.builder("newsdesk.import.jobs.dead", deadJobs, AtomicLong::get).description("Jobs given up after every attempt")
                .register(registry);
        Gauge.builder("newsdesk.websub.pings.waiting", websubPending, AtomicLong::get).description("Feeds whose hub is still to be told")
                .register(registry);
        Gauge.builder("newsdesk.websub.pings.retrying", websubRetrying, AtomicLong::get).description("Waiting pings that failed before")
                .register(registry);
        Gauge.builder("newsdesk.search.index.lag", indexLagMillis, v -> v.get() / 1000.0).baseUnit("seconds")
                .description("Newest article change minus the newest change the search index has").register(registry);
    }

    /** Reads every gauge anew; a failure leaves the previous values (the scrape still answers). */
    public synchronized void refresh() {
        jdbi.useHandle(h -> {
            queue(h);
            sources(h);
            telegram(h);
            websub(h);
            indexLag(h);
        });
    }

    private void queue(Handle h) {
        Map<List<String>, Long> counts = new HashMap<>();
        for (String k : KINDS) for (String s : QUEUE_STATES) counts.put(List.of(k, s), 0L);
        h.createQuery("SELECT kind, state, COUNT(*) FROM jobs WHERE state IN (<states>) GROUP BY kind, state")
                .bindList("states", QUEUE_STATES)
                .map((rs, ctx) -> Map.entry(List.of(rs.getString(1), rs.getString(2)), rs.getLong(3)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        long dead = 0;
        for (var e : counts.entrySet()) {
            rows.add(MultiGauge.Row.of(Tags.of("kind", e.getKey().get(0), "state", e.getKey().get(1)), e.getValue()));
            if (e.getKey().get(1).equals("dead")) dead += e.getValue();
        }
        queue.register(rows, true);
        deadJobs.set(dead);
    }

    private void sources(Handle h) {
        Map<String, Long> byStatus = new HashMap<>(Map.of("active", 0L, "paused", 0L));
        List<MultiGauge.Row<?>> failures = new ArrayList<>();
        h.createQuery("SELECT id, url, status, consecutive_failures FROM sources").map((rs, ctx) -> {
            byStatus.merge(rs.getString(3), 1L, Long::sum);
            failures.add(MultiGauge.Row.of(Tags.of("source", rs.getString(1), "url", rs.getString(2)), rs.getInt(4)));
            return null;
        }).forEach(x -> { });
        sources.register(byStatus.entrySet().stream().<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("status", e.getKey()), e.getValue()))
                .toList(), true);
        sourceFailures.register(failures, true);
    }

    private void telegram(Handle h) {
        telegramPaused.register(h.createQuery("SELECT channel, paused_reason FROM telegram_channels")
                .map((rs, ctx) -> MultiGauge.Row.of(Tags.of("channel", rs.getString(1)), rs.getString(2) != null ? 1 : 0))
                .list(), true);
        telegramPosts.register(h.createQuery("SELECT channel, state, COUNT(*) FROM telegram_posts WHERE state IN (<states>)"
                        + " GROUP BY channel, state").bindList("states", TELEGRAM_WAITING)
                .map((rs, ctx) -> MultiGauge.Row.of(Tags.of("channel", rs.getString(1), "state", rs.getString(2)), rs.getLong(3)))
                .list(), true);
    }

    private void websub(Handle h) {
        h.createQuery("SELECT COUNT(*), COALESCE(SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), 0) FROM websub_pings")
                .map((rs, ctx) -> {
                    websubPending.set(rs.getLong(1));
                    websubRetrying.set(rs.getLong(2));
                    return null;
                }).forEach(x -> { });
    }

    private void indexLag(Handle h) {
        if (!index.isOpen()) return;
        long newest = h.createQuery("SELECT COALESCE(MAX(changed_at), 0) FROM articles").mapTo(Long.class).one();
        long indexed = index.indexedUpTo().orElse(0L);
        indexLagMillis.set(Math.max(0, newest - indexed));
    }
}
