-- Sources: the feeds, sitemaps and section pages that articles are imported from.
-- Self-contained: depends only on V1 (outlets, sections). Times are UTC epoch milliseconds.

CREATE TABLE sources (
    id                     VARCHAR(40)   PRIMARY KEY,
    url                    VARCHAR(2000) NOT NULL UNIQUE,   -- canonical form (UrlNormalizer)
    outlet_id              VARCHAR(40)   NOT NULL REFERENCES outlets (id),
    kind                   VARCHAR(16)   NOT NULL,          -- rss | atom | jsonfeed | sitemap | html
    language               VARCHAR(16)   NOT NULL DEFAULT 'auto',
    default_section_id     VARCHAR(40)   REFERENCES sections (id),
    section_rules          TEXT,                            -- JSON array of rules (by feed category or URL pattern)
    fetch_interval_seconds INTEGER       NOT NULL DEFAULT 900,
    policy                 VARCHAR(16)   NOT NULL DEFAULT 'excerpt',  -- full-text | excerpt
    translate              BOOLEAN       NOT NULL DEFAULT TRUE,
    body_selector          VARCHAR(1000),
    remove_selectors       VARCHAR(2000),
    status                 VARCHAR(16)   NOT NULL DEFAULT 'active',   -- active | paused
    pause_reason           TEXT,
    last_fetch_at          BIGINT,
    next_fetch_at          BIGINT,
    consecutive_failures   INTEGER       NOT NULL DEFAULT 0,
    last_error             TEXT,
    created_at             BIGINT        NOT NULL
);
CREATE INDEX sources_by_status_next ON sources (status, next_fetch_at);
CREATE INDEX sources_by_outlet ON sources (outlet_id);
