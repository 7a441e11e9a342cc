-- Issue 17: the newsroom's article list (/admin/articles) is in order of the last change, newest first, with the id as
-- tie-break, and pages by (changed_at, id): each filter has an index in that order, so a page reads one index range
-- and stops at its LIMIT. At 1,000,000 articles the list filtered by a status sorted every article of that status
-- (7 s for "published"), by a section every article of the section (0.7 s): docs/benchmarks.md. The change feeds
-- (search.ArticleChanges, distribute.telegram.TelegramPosts) read in the same order. Portable SQL (SQLite and PostgreSQL).
CREATE INDEX articles_changed ON articles (changed_at, id);
DROP INDEX articles_by_change;
CREATE INDEX articles_changed_by_status ON articles (status, changed_at, id);
CREATE INDEX articles_changed_in_section ON articles (section_id, changed_at, id);
CREATE INDEX articles_changed_by_outlet ON articles (outlet_id, changed_at, id);
CREATE INDEX articles_changed_in_language ON articles (language, changed_at, id);
DROP INDEX articles_by_language;
CREATE INDEX articles_changed_by_creator ON articles (created_by, changed_at, id);
DROP INDEX articles_by_creator;
-- The comments waiting for moderation (or marked spam) oldest first, tie-break included.
CREATE INDEX comments_by_status_time ON comments (status, created_at, id);
DROP INDEX comments_by_status;
