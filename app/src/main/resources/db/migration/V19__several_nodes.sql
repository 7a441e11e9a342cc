-- Issue 15, several app nodes on one database. Portable SQL (SQLite and PostgreSQL); times are UTC epoch ms.

-- Work one node of a site does at a time (the import scheduler, scheduled publishing, Telegram, WebSub): the node
-- holding a row's lease does it, renewing well before expires_at; once expired, any node takes the row over.
CREATE TABLE node_leases (
    name       VARCHAR(100) PRIMARY KEY,
    holder     VARCHAR(200) NOT NULL,
    expires_at BIGINT       NOT NULL,
    taken_at   BIGINT       NOT NULL       -- when this holder took it (kept while it renews)
);

-- A number every change that readers see outside articles.changed_at moves on (a comment approved, settings,
-- sections, the home page, ads, authors, outlets): each node polls it and drops its in-memory pages when it moves.
CREATE TABLE site_changes (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);
INSERT INTO site_changes (id, version) VALUES (1, 0);
