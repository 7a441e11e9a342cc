-- WebSub (issue 6): feeds whose hub must be told that they changed. One row per feed URL however many
-- articles changed it, so a batch pings each feed once; a failed ping stays with its next attempt time.
-- The watermark (how far articles.changed_at has been read) is the setting 'websub.watermark'.
CREATE TABLE websub_pings (
    feed_url   VARCHAR(2000) PRIMARY KEY,
    due_at     BIGINT        NOT NULL,
    attempts   INTEGER       NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at BIGINT        NOT NULL
);
