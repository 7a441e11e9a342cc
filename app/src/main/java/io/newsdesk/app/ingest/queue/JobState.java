package io.newsdesk.app.ingest.queue;

import java.util.Locale;

/** Where a job is in its life: waiting, leased to a worker, finished, or given up. */
public enum JobState {
    /** Waiting for its {@code next_run_at}. */
    QUEUED,
    /** Leased to a worker until {@code lease_expires_at}; taken again by anyone once the lease expires. */
    RUNNING,
    /** Completed successfully. */
    DONE,
    /** Its last attempt failed; waiting for a retry at {@code next_run_at} (claimed like {@link #QUEUED}). */
    FAILED,
    /** Failed on every allowed attempt; the last reason is kept in {@code last_error}. */
    DEAD;

    /** The value stored in the {@code state} column. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobState fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
