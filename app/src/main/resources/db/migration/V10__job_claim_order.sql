-- Claiming walks the due jobs of one state in claim order (next_run_at, created_at, id) and stops after the
-- batch: with this index that is a short index range, where (state, next_run_at) made the database read
-- and sort every due job of the state for each claim (10,000 queued entries after a big import).
DROP INDEX jobs_claim_due;
CREATE INDEX jobs_claim_due ON jobs (state, next_run_at, created_at, id);
