-- Issue 14, the newsroom: the editors' choices for the home page, and comment moderation (spam, blocked clients).
-- Portable SQL (SQLite and PostgreSQL); times are UTC epoch milliseconds. Ids of articles and sections carry no
-- foreign key: a removed section or article just stops counting (the readers' page skips what it cannot find).

-- The lead story pinned by an editor: one row at most (slot is always 1); none means the automatic choice.
CREATE TABLE home_lead (
    slot       INTEGER     PRIMARY KEY CHECK (slot = 1),
    article_id VARCHAR(40) NOT NULL,
    pinned_at  BIGINT      NOT NULL
);

-- Articles an editor featured on (shown at the top, newest placement first) or hid from the home page.
CREATE TABLE home_placements (
    article_id VARCHAR(40) PRIMARY KEY,
    placement  VARCHAR(16) NOT NULL,            -- featured | hidden
    placed_at  BIGINT      NOT NULL
);

-- The order of the section blocks on the home page; sections not listed follow in menu order.
CREATE TABLE home_section_order (
    section_id VARCHAR(40) PRIMARY KEY,
    position   INTEGER     NOT NULL
);

-- The writer of a comment, as a keyed hash of the client's address (never the address itself), so a moderator
-- can block that client. Comments written before this migration have none.
ALTER TABLE comments ADD COLUMN client_hash VARCHAR(64);
CREATE INDEX comments_by_client ON comments (client_hash);

-- Blocked clients: their new comments are stored as spam at once (the writer is not told) and never shown.
CREATE TABLE comment_blocks (
    client_hash VARCHAR(64)  PRIMARY KEY,
    blocked_at  BIGINT       NOT NULL,
    blocked_by  VARCHAR(100),
    author_name VARCHAR(100),                   -- the name on the comment that led to the block, to recognise it
    reason      VARCHAR(500)
);
