-- The search index (issue 6) follows the articles table by a change time.
-- updated_at is editorial (imported articles carry the source's own time, often in the past), so it cannot
-- tell the indexer what changed since its last pass: changed_at is when the row was last written, on the
-- writer's clock, and every write of an article sets it (ArticleStore.insert, setStatus, ItemStep.replace).
-- Portable to PostgreSQL: ADD COLUMN with a default, a plain index.

ALTER TABLE articles ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
UPDATE articles SET changed_at = created_at;
CREATE INDEX articles_by_change ON articles (changed_at);
