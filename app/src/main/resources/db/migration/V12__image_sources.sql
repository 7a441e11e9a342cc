-- Imported images (issue 13): what became of each image address the importer met. A stored image is named by
-- its site URL (news.StoredImage: the SHA-256 of the fetched bytes and its largest size); its files are under
-- <data>/media/img. A refused image keeps its reason, for editors and so a permanent refusal is not fetched again.
-- Times are UTC epoch milliseconds. Portable: standard types only.

CREATE TABLE image_sources (
    source_url  VARCHAR(2000) PRIMARY KEY,   -- the address on the source's page or feed
    image_url   VARCHAR(200),                -- the site's own URL of the largest rendition; null when refused
    reason      TEXT,                        -- why it was refused
    permanent   BOOLEAN       NOT NULL DEFAULT FALSE,  -- a refusal another try cannot change (bytes, size, a 404)
    byte_count  BIGINT,                      -- size of what was fetched
    fetched_at  BIGINT        NOT NULL
);
CREATE INDEX image_sources_by_image ON image_sources (image_url);
