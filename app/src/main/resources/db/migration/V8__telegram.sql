-- The Telegram channel (issue 6). Portable to PostgreSQL; times are UTC epoch milliseconds.
-- The bot token is never stored: it comes from the environment (or a file) on each start.

-- One row per channel posted to: how far the poster has read articles.changed_at, and whether posting is
-- paused because the Bot API refused it (bad token, bot not an admin, chat not found).
CREATE TABLE telegram_channels (
    channel       VARCHAR(200) PRIMARY KEY,   -- the Bot API chat_id: @name of a public channel, or a numeric id
    watermark     BIGINT       NOT NULL,      -- articles.changed_at looked at so far
    paused_reason TEXT,                       -- set by a 400/401/403/404 from the Bot API; cleared by `telegram resume`
    paused_at     BIGINT,
    created_at    BIGINT       NOT NULL
);

-- One row per article and channel: the decision and what Telegram returned, so a restart never posts twice.
-- state: baseline (published before the channel was set up: never posted) | filtered (not in the configured
-- sections/outlets) | queued (to post) | sending (a send is in flight; left over by a crash it becomes
-- uncertain) | posted | edit (posted; the text changed) | delete (posted; unpublished) | deleted | withdrawn
-- (unpublished before it was sent) | uncertain (a crash or lost answer during the send: not sent again)
CREATE TABLE telegram_posts (
    article_id   VARCHAR(40)  NOT NULL REFERENCES articles (id),
    channel      VARCHAR(200) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    message_id   BIGINT,
    kind         VARCHAR(8),                  -- photo | text: which edit method applies
    content_hash VARCHAR(64),                 -- SHA-256 of what was posted, to notice corrections
    last_error   TEXT,
    created_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL,
    PRIMARY KEY (article_id, channel)
);
CREATE INDEX telegram_posts_by_state ON telegram_posts (channel, state, updated_at);
