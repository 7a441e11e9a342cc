-- The durable job queue that carries every ingestion step (issue 4, "The pipeline").
-- Portable to PostgreSQL: standard types, app-made ids, times as UTC epoch milliseconds.
-- A job is claimed by setting a lease (owner + expiry); a crashed owner's lease runs out and
-- another worker takes the job again. dedupe_key makes enqueueing idempotent (NULL = no dedupe).

CREATE TABLE jobs (
    id               VARCHAR(40)  PRIMARY KEY,
    kind             VARCHAR(100) NOT NULL,
    payload          TEXT         NOT NULL,
    dedupe_key       VARCHAR(500) UNIQUE,
    state            VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    max_attempts     INTEGER      NOT NULL,
    next_run_at      BIGINT       NOT NULL,
    lease_owner      VARCHAR(200),
    lease_expires_at BIGINT,
    last_error       TEXT,
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL
);
-- claiming: due queued jobs by run time, and running jobs whose lease has expired
CREATE INDEX jobs_claim_due ON jobs (state, next_run_at);
CREATE INDEX jobs_claim_expired ON jobs (state, lease_expires_at);
