package io.newsdesk.app.ingest.sources;

import io.newsdesk.app.store.Ids;
import io.newsdesk.app.util.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What each fetch of a source did to its health: the validators for the next conditional GET, when it is
 * fetched next, and the fetch log the status page shows. A failing source is backed off (its interval doubled
 * per consecutive failure, up to {@link #MAX_BACKOFF}) and, after {@code pauseAfter} failures in a row, paused
 * with the reason stored, so a dead feed stops costing requests until someone resumes it.
 */
public final class SourceHealth {
    /** How many fetch records are kept per source. */
    static final int LOG_KEPT = 20;
    static final Duration MAX_BACKOFF = Duration.ofHours(6);
    public static final int DEFAULT_PAUSE_AFTER = 8;

    /** One line of a source's fetch log. */
    public record Fetch(Instant at, String outcome, String cause, String message, int items, int queued) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final int pauseAfter;

    public SourceHealth(Jdbi jdbi, Clock clock, int pauseAfter) {
        if (pauseAfter < 1) throw new IllegalArgumentException("pauseAfter must be at least 1");
        this.jdbi = jdbi;
        this.clock = clock;
        this.pauseAfter = pauseAfter;
    }

    /** A fetch that worked (also 304): failures reset, validators kept, next fetch one interval later. */
    public void succeeded(Source s, boolean notModified, String etag, String lastModified, int items, int queued) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                    UPDATE sources SET last_fetch_at = :now, last_success_at = :now, consecutive_failures = 0,
                           last_error = NULL, next_fetch_at = :next, etag = :etag, last_modified = :lm WHERE id = :id""")
                    .bind("now", now).bind("next", now + s.fetchIntervalSeconds() * 1000L)
                    .bind("etag", notModified && etag == null ? s.etag() : etag)
                    .bind("lm", notModified && lastModified == null ? s.lastModified() : lastModified)
                    .bind("id", s.id()).execute();
            log(h, s.id(), now, notModified ? "not-modified" : "ok", null, null, items, queued);
        });
    }

    /**
     * A fetch that failed with a recorded cause: the source is retried after a growing delay, and paused
     * after {@code pauseAfter} consecutive failures. Returns whether this failure paused it.
     */
    public boolean failed(Source s, String cause, String message) {
        long now = clock.millis();
        int failures = s.consecutiveFailures() + 1;
        String reason = cause + ": " + message;
        boolean pause = failures >= pauseAfter;
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                    UPDATE sources SET last_fetch_at = :now, consecutive_failures = :failures, last_error = :reason,
                           next_fetch_at = :next, status = :status, pause_reason = :pauseReason WHERE id = :id""")
                    .bind("now", now).bind("failures", failures).bind("reason", reason)
                    .bind("next", now + backoff(s.fetchIntervalSeconds(), failures).toMillis())
                    .bind("status", pause ? SourceStatus.PAUSED.label() : s.status().label())
                    .bind("pauseReason", pause ? "paused after " + failures + " failed fetches in a row; last: " + reason
                            : s.pauseReason())
                    .bind("id", s.id()).execute();
            log(h, s.id(), now, "failed", cause, message, 0, 0);
        });
        return pause;
    }

    /** The interval doubled for each failure after the first, capped at {@link #MAX_BACKOFF}. */
    static Duration backoff(int intervalSeconds, int failures) {
        return Backoff.doubling(Duration.ofSeconds(intervalSeconds), MAX_BACKOFF).delay(failures);
    }

    /** The newest fetches of a source, newest first. */
    public List<Fetch> recent(String sourceId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT fetched_at, outcome, cause, message, items, queued FROM source_fetches
                        WHERE source_id = :id ORDER BY fetched_at DESC, id DESC LIMIT :limit""")
                .bind("id", sourceId).bind("limit", limit)
                .map((rs, ctx) -> new Fetch(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6)))
                .list());
    }

    private static void log(Handle h, String sourceId, long now, String outcome, String cause, String message, int items,
            int queued) {
        h.createUpdate("""
                INSERT INTO source_fetches (id, source_id, fetched_at, outcome, cause, message, items, queued)
                VALUES (:id, :source, :now, :outcome, :cause, :message, :items, :queued)""")
                .bind("id", Ids.newId()).bind("source", sourceId).bind("now", now).bind("outcome", outcome)
                .bind("cause", cause).bind("message", message).bind("items", items).bind("queued", queued).execute();
        // keep the newest LOG_KEPT rows of this source
        h.createUpdate("""
                DELETE FROM source_fetches WHERE source_id = :source AND id NOT IN (
                    SELECT id FROM source_fetches WHERE source_id = :source ORDER BY fetched_at DESC, id DESC LIMIT :kept)""")
                .bind("source", sourceId).bind("kept", LOG_KEPT).execute();
    }
}
