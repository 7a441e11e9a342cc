-- Issue 17: the "Related" list of an article whose window of candidates has closed (search.RelatedArticles: nothing
-- published now can enter it), kept so that the first rendering of an old article's page reads one row instead of
-- searching the index. Written by search.RelatedSweep, one node at a time; a row older than the article's last
-- change (articles.changed_at) is not used. Portable SQL (SQLite and PostgreSQL).
CREATE TABLE related_lists (
    article_id  VARCHAR(40) NOT NULL PRIMARY KEY REFERENCES articles (id),
    related_ids TEXT        NOT NULL, -- article ids, most related first, separated by spaces (none: the index could not tell)
    list_limit  INTEGER     NOT NULL, -- how many were asked for (fewer ids: the index found fewer)
    computed_at BIGINT      NOT NULL  -- when the search ran (milliseconds), before the article was read
);
