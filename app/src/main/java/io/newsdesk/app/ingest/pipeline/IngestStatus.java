package io.newsdesk.app.ingest.pipeline;

import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.queue.JobState;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceHealth;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.BoundedCount;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A read-only picture of the importer for operators: each source's health and recent fetches, the queue's
 * depth, the items that failed, and the articles held back. Shown by /admin/status and {@code sources list}.
 */
public record IngestStatus(List<SourceRow> sources, Map<JobState, Long> queue, List<FailedItem> failedItems,
        long heldArticles) {

    static final int RECENT_FETCHES = 5;
    static final int FAILED_ITEMS = 50;

    /** A source with its outlet, what it has given (articles stored, imported items) and its newest fetches. */
    public record SourceRow(Source source, String outletName, long articles, List<SourceHealth.Fetch> recent) {}

    /** An item job that failed, with its last reason, and when it runs again (null when given up). */
    public record FailedItem(String item, String state, int attempts, String error, Instant nextRunAt) {}

    public static IngestStatus read(Jdbi jdbi) {
        SourceStore store = new SourceStore(jdbi);
        SourceHealth health = new SourceHealth(jdbi, Clock.systemUTC(), SourceHealth.DEFAULT_PAUSE_AFTER);
        Map<String, Long> articles = new HashMap<>();
        // each source's count stops at the cap: the whole table's was a pass over every import
        jdbi.useHandle(h -> h.createQuery("SELECT s.id, (" + BoundedCount.sql("SELECT 1 FROM imported_items i WHERE i.source_id = s.id AND i.duplicate = FALSE")
                        + ") FROM sources s")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> articles.put(e.getKey(), e.getValue())));
        List<SourceRow> rows = store.all().stream()
                .map(s -> new SourceRow(s, store.outletName(s.outletId()), articles.getOrDefault(s.id(), 0L),
                        health.recent(s.id(), RECENT_FETCHES)))
                .toList();
        List<FailedItem> failed = jdbi.withHandle(h -> h.createQuery("""
                        SELECT dedupe_key, state, attempts, last_error, next_run_at FROM jobs
                        WHERE kind = :kind AND state IN ('failed', 'dead') ORDER BY updated_at DESC LIMIT :limit""")
                .bind("kind", ItemStep.KIND).bind("limit", FAILED_ITEMS)
                .map((rs, ctx) -> new FailedItem(item(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getString(4),
                        "dead".equals(rs.getString(2)) ? null : Instant.ofEpochMilli(rs.getLong(5))))
                .list());
        long held = jdbi.withHandle(h -> h.createQuery(BoundedCount.sql("SELECT 1 FROM articles WHERE status = 'held'"))
                .mapTo(Long.class).one());
        return new IngestStatus(rows, new JobQueue(jdbi).counts(), failed, held);
    }

    /** The item's URL from its job key ({@code item:URL} or {@code item:URL@entryhash}). */
    private static String item(String key) {
        if (key == null) return "";
        String k = key.startsWith(ItemStep.KIND + ":") ? key.substring(ItemStep.KIND.length() + 1) : key;
        int at = k.lastIndexOf('@');
        return at > 0 && k.length() - at == 65 ? k.substring(0, at) : k;
    }

    /** The queue's waiting work: queued, running and failed-awaiting-retry jobs. */
    public long queueDepth() {
        return queue.get(JobState.QUEUED) + queue.get(JobState.RUNNING) + queue.get(JobState.FAILED);
    }
}
