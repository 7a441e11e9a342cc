-- Issue 17: the newsroom's author filter reads one range of an index in its list's order (the last change, newest
-- first) and stops at its LIMIT, instead of every byline of the author. The article's changed_at is copied into its
-- byline rows, kept in step by content.ArticleWriter (the one writer of both tables) like status and published_at
-- (V23). With a status filter too (an author's drafts, say), the range of that status. Portable SQL (SQLite and
-- PostgreSQL).
ALTER TABLE article_authors ADD COLUMN changed_at BIGINT;
UPDATE article_authors SET changed_at = (SELECT a.changed_at FROM articles a WHERE a.id = article_authors.article_id);
CREATE INDEX article_authors_by_change ON article_authors (author_id, changed_at, article_id);
CREATE INDEX article_authors_by_status_change ON article_authors (author_id, status, changed_at, article_id);
