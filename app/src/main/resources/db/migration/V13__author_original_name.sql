-- An author's name as the byline wrote it, kept when the site shows it in its own letters
-- (a Cyrillic byline transliterated on an English site); NULL when the two are the same.
ALTER TABLE authors ADD COLUMN original_name VARCHAR(300);
