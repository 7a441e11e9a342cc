-- Articles written and edited in the admin (issue 14): who created an article (an author sees and edits only
-- their own drafts), who made each revision and why, and the corrections readers see as "Updated" notes.

-- The user who created the article in the admin; NULL for imported and demo articles.
ALTER TABLE articles ADD COLUMN created_by VARCHAR(40);
CREATE INDEX articles_by_creator ON articles (created_by, changed_at);
-- The admin list filters by language and sorts by the last change.
CREATE INDEX articles_by_language ON articles (language, changed_at);

-- A revision is the version an edit replaced: who replaced it (a user's name; NULL for the importer) and by what
-- kind of change (edit, correction, restore, import, translation).
ALTER TABLE article_revisions ADD COLUMN revised_by VARCHAR(100);
ALTER TABLE article_revisions ADD COLUMN change_kind VARCHAR(30);

-- A correction of a published article: the note readers see under "Updated", oldest first.
CREATE TABLE article_corrections (
    id           VARCHAR(40)  PRIMARY KEY,
    article_id   VARCHAR(40)  NOT NULL REFERENCES articles (id),
    note         TEXT         NOT NULL,
    corrected_at BIGINT       NOT NULL,
    corrected_by VARCHAR(100)
);
CREATE INDEX article_corrections_by_article ON article_corrections (article_id, corrected_at);
