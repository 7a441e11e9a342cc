-- The idempotency record of the import pipeline: an item is imported once per canonical URL.
-- Self-contained: depends only on V1 (articles) and V3 (sources). Times are UTC epoch milliseconds.

CREATE TABLE imported_items (
    canonical_url  VARCHAR(2000) NOT NULL UNIQUE,   -- UrlNormalizer form of the item link
    guid           VARCHAR(2000),
    source_id      VARCHAR(40)   NOT NULL,
    article_id     VARCHAR(40)   NOT NULL REFERENCES articles (id),
    content_hash   VARCHAR(64)   NOT NULL,          -- SHA-256 hex of the cleaned title and body
    first_seen_at  BIGINT        NOT NULL,
    updated_at     BIGINT        NOT NULL
);
CREATE INDEX imported_items_by_source ON imported_items (source_id);
CREATE INDEX imported_items_by_guid ON imported_items (guid);
