package io.newsdesk.app.ingest.queue;

import java.time.Instant;

/**
 * One row of the {@code jobs} table as read. A claimed job carries its lease: {@link #leaseOwner()} and
 * {@link #attempts()} together identify the lease, so a worker whose lease expired and was taken over
 * cannot complete or fail the job any more.
 */
public record Job(
        String id,
        String kind,
        String dedupeKey,
        String payload,
        JobState state,
        int attempts,
        int maxAttempts,
        Instant nextRunAt,
        String leaseOwner,
        Instant leaseExpiresAt,
        String lastError,
        Instant createdAt,
        Instant updatedAt) {}
