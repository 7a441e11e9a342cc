-- Issue 17: every list a reader page shows is read from an index in its order and stops at its LIMIT,
-- however large the site grows. Portable SQL (SQLite and PostgreSQL).

-- An author's articles newest first: the article's status and publication time are copied into its
-- byline rows (kept in step by content.ArticleWriter, the one writer of both tables), so the list is
-- one range of article_authors_by_author_time instead of every article of the author sorted.
ALTER TABLE article_authors ADD COLUMN status VARCHAR(16);
ALTER TABLE article_authors ADD COLUMN published_at BIGINT;
UPDATE article_authors SET
    status = (SELECT a.status FROM articles a WHERE a.id = article_authors.article_id),
    published_at = (SELECT a.published_at FROM articles a WHERE a.id = article_authors.article_id);
CREATE INDEX article_authors_by_author_time ON article_authors (author_id, status, published_at, article_id);
DROP INDEX article_authors_by_author;

-- The lists order by (published_at DESC, id DESC): with id in the index no list sorts its tie-break.
-- updated_at rides along so the sitemap index counts its blocks and their last change from the index alone.
CREATE INDEX articles_newest ON articles (status, published_at, id, updated_at);
DROP INDEX articles_by_status_time;
CREATE INDEX articles_newest_in_section ON articles (section_id, status, published_at, id);
DROP INDEX articles_by_section_time;
CREATE INDEX articles_newest_by_outlet ON articles (outlet_id, status, published_at, id);
DROP INDEX articles_by_outlet_time;
CREATE INDEX articles_newest_in_story ON articles (story_id, status, published_at, id);

-- An article's approved comments in order, tie-break included.
CREATE INDEX comments_in_order ON comments (article_id, status, created_at, id);
DROP INDEX comments_by_article;

-- A feed decides per item whether it may carry the full text (distribute.feeds.FullTextRule) from the article's
-- imported_items rows: found by article, not by reading every import.
CREATE INDEX imported_items_by_article ON imported_items (article_id);
