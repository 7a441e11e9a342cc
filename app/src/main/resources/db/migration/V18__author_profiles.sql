-- Issue 14, /admin/authors: an author's photo and links beside the bio (V1). Site settings need no table of their
-- own: they are rows of V1's settings (site.name, site.language, site.base-url, site.telegram-channel).
ALTER TABLE authors ADD COLUMN photo_url VARCHAR(2000);  -- an absolute http(s) address (content.CleanUrl), or NULL
ALTER TABLE authors ADD COLUMN links TEXT;               -- absolute http(s) addresses, one per line (website, social), or NULL
