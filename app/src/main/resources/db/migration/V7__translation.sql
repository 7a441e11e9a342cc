-- Translation (issue 5): the translation memory and each imported article's translation record.
-- Portable to PostgreSQL; times are UTC epoch milliseconds. (V6 is left to the search index.)

-- Approved translations per segment: from an engine whose output passed the guard, or from an editor.
-- An exact match (same pair, same normalized source) is reused and never sent to an engine again.
CREATE TABLE translation_memory (
    id          VARCHAR(40)  PRIMARY KEY,
    pair        VARCHAR(16)  NOT NULL,          -- e.g. ru-en
    source_hash VARCHAR(64)  NOT NULL,          -- SHA-256 of the normalized source text
    source_text TEXT         NOT NULL,
    target_text TEXT         NOT NULL,
    engine      VARCHAR(100) NOT NULL,          -- marian | deepl | libretranslate | editor | demo ...
    model       VARCHAR(300),
    created_at  BIGINT       NOT NULL,
    UNIQUE (pair, source_hash)
);

-- One row per article that needs (or needed) translation: the original as imported, the proposed
-- translation, who made it, and why it is held if it is.
CREATE TABLE article_translations (
    article_id      VARCHAR(40)  PRIMARY KEY REFERENCES articles (id),
    pair            VARCHAR(16)  NOT NULL,
    state           VARCHAR(16)  NOT NULL,      -- awaiting | held | published | rejected
    reasons         TEXT,                       -- why it waits or is held, one per line
    source_json     TEXT         NOT NULL,      -- the original segments (title, standfirst, caption, body)
    target_json     TEXT,                       -- the proposed translation of each segment
    engine          VARCHAR(100),
    model           VARCHAR(300),
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL
);
CREATE INDEX article_translations_by_state ON article_translations (state, updated_at);
