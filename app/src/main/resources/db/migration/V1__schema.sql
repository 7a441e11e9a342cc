-- One schema for SQLite and PostgreSQL: standard types, ids made by the application,
-- times as UTC epoch milliseconds (BIGINT) so both databases and all nodes agree.

CREATE TABLE sections (
    id          VARCHAR(40)  PRIMARY KEY,
    slug        VARCHAR(200) NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    parent_id   VARCHAR(40)  REFERENCES sections (id),
    position    INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE outlets (
    id               VARCHAR(40)   PRIMARY KEY,
    slug             VARCHAR(200)  NOT NULL UNIQUE,
    name             VARCHAR(300)  NOT NULL,
    site_url         VARCHAR(2000) NOT NULL,
    language         VARCHAR(16)   NOT NULL,
    telegram_channel VARCHAR(100)
);

CREATE TABLE authors (
    id    VARCHAR(40)  PRIMARY KEY,
    slug  VARCHAR(200) NOT NULL UNIQUE,
    name  VARCHAR(300) NOT NULL,
    bio   TEXT
);

CREATE TABLE articles (
    id                VARCHAR(40)   PRIMARY KEY,
    slug              VARCHAR(300)  NOT NULL UNIQUE,
    title             VARCHAR(1000) NOT NULL,
    standfirst        TEXT,
    body_html         TEXT          NOT NULL,
    body_text         TEXT          NOT NULL,
    excerpt           TEXT          NOT NULL,
    image_url         VARCHAR(2000),
    image_caption     TEXT,
    image_credit      VARCHAR(500),
    section_id        VARCHAR(40)   NOT NULL REFERENCES sections (id),
    language          VARCHAR(16)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    published_at      BIGINT,
    updated_at        BIGINT        NOT NULL,
    created_at        BIGINT        NOT NULL,
    outlet_id         VARCHAR(40)   REFERENCES outlets (id),
    original_url      VARCHAR(2000),
    original_title    VARCHAR(1000),
    original_language VARCHAR(16),
    translated        BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX articles_by_status_time ON articles (status, published_at);
CREATE INDEX articles_by_section_time ON articles (section_id, status, published_at);
CREATE INDEX articles_by_outlet_time ON articles (outlet_id, status, published_at);

CREATE TABLE article_authors (
    article_id VARCHAR(40) NOT NULL REFERENCES articles (id),
    author_id  VARCHAR(40) NOT NULL REFERENCES authors (id),
    position   INTEGER     NOT NULL,
    PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_by_author ON article_authors (author_id);

CREATE TABLE comments (
    id           VARCHAR(40)  PRIMARY KEY,
    article_id   VARCHAR(40)  NOT NULL REFERENCES articles (id),
    parent_id    VARCHAR(40)  REFERENCES comments (id),
    author_name  VARCHAR(100) NOT NULL,
    author_email VARCHAR(254),
    body         TEXT         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   BIGINT       NOT NULL
);
CREATE INDEX comments_by_article ON comments (article_id, status, created_at);
CREATE INDEX comments_by_status ON comments (status, created_at);

-- Views per article per UTC hour; written in batches from an in-memory buffer.
CREATE TABLE page_views (
    article_id VARCHAR(40) NOT NULL,
    hour_start BIGINT      NOT NULL,
    views      BIGINT      NOT NULL,
    PRIMARY KEY (article_id, hour_start)
);
CREATE INDEX page_views_by_hour ON page_views (hour_start);

CREATE TABLE ad_slots (
    id              VARCHAR(40)  PRIMARY KEY,
    position        VARCHAR(32)  NOT NULL,
    label           VARCHAR(200) NOT NULL,
    code            TEXT         NOT NULL,
    after_paragraph INTEGER,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE settings (
    name  VARCHAR(100) PRIMARY KEY,
    value TEXT         NOT NULL
);
