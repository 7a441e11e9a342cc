-- When a background sweep last went through everything (search.RelatedSweep), so that a restart does not start it again
-- before it is due: at 200,000 articles checking every kept "Related" list took half a core for a minute or more after
-- every start. Portable SQL (SQLite and PostgreSQL).
CREATE TABLE sweeps (
    name        VARCHAR(40) NOT NULL PRIMARY KEY,
    finished_at BIGINT      NOT NULL -- milliseconds
);
