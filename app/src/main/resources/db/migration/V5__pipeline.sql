-- The continuous pipeline (issue 4): source health and conditional GET, a fetch log for the status page,
-- feed-entry change detection, article history, exact duplicates and story clusters.
-- Portable to PostgreSQL: ADD COLUMN with defaults, standard types, times as UTC epoch milliseconds.

ALTER TABLE sources ADD COLUMN etag VARCHAR(1000);
ALTER TABLE sources ADD COLUMN last_modified VARCHAR(200);
ALTER TABLE sources ADD COLUMN last_success_at BIGINT;
ALTER TABLE sources ADD COLUMN link_selector VARCHAR(1000);  -- HTML section pages: CSS selector of article links

-- One row per fetch of a source (the newest few are kept): what the status page shows as history.
CREATE TABLE source_fetches (
    id          VARCHAR(40) PRIMARY KEY,
    source_id   VARCHAR(40) NOT NULL,
    fetched_at  BIGINT      NOT NULL,
    outcome     VARCHAR(16) NOT NULL,    -- ok | not-modified | failed
    cause       VARCHAR(32),             -- FailureCause or 'parse' when failed
    message     TEXT,
    items       INTEGER     NOT NULL DEFAULT 0,
    queued      INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX source_fetches_by_source ON source_fetches (source_id, fetched_at);

-- entry_hash: the feed entry as last seen (title, summary, content, dates); a change re-imports the item.
-- duplicate: the item's text was already stored under another URL, article_id points at that article.
ALTER TABLE imported_items ADD COLUMN entry_hash VARCHAR(64);
ALTER TABLE imported_items ADD COLUMN duplicate BOOLEAN NOT NULL DEFAULT FALSE;

-- Earlier versions of an article, written when an update replaces them.
CREATE TABLE article_revisions (
    id          VARCHAR(40)   PRIMARY KEY,
    article_id  VARCHAR(40)   NOT NULL REFERENCES articles (id),
    title       VARCHAR(1000) NOT NULL,
    standfirst  TEXT,
    body_html   TEXT          NOT NULL,
    replaced_at BIGINT        NOT NULL
);
CREATE INDEX article_revisions_by_article ON article_revisions (article_id, replaced_at);

-- Why an article is held back from readers (e.g. awaiting translation), shown to editors.
ALTER TABLE articles ADD COLUMN hold_reason TEXT;

-- A story: the same news reported by several outlets.
CREATE TABLE stories (
    id         VARCHAR(40)   PRIMARY KEY,
    title      VARCHAR(1000) NOT NULL,
    created_at BIGINT        NOT NULL,
    updated_at BIGINT        NOT NULL
);
ALTER TABLE articles ADD COLUMN story_id VARCHAR(40) REFERENCES stories (id);
CREATE INDEX articles_by_story ON articles (story_id, published_at);

-- Per imported article: the exact-text fingerprint and the MinHash signature of its words.
CREATE TABLE article_fingerprints (
    article_id VARCHAR(40) PRIMARY KEY REFERENCES articles (id),
    exact_hash VARCHAR(64) NOT NULL,
    minhash    TEXT
);
CREATE INDEX article_fingerprints_by_hash ON article_fingerprints (exact_hash);

-- Locality-sensitive hashing bands of the signatures: articles sharing a band key are candidates.
CREATE TABLE story_bands (
    band_key   VARCHAR(64) NOT NULL,
    article_id VARCHAR(40) NOT NULL,
    PRIMARY KEY (band_key, article_id)
);
