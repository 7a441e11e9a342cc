-- Old addresses of renamed or removed sections: /section/OLD answers 301 to the section it now belongs to.
-- Points at the section (not its slug), so a section renamed twice sends every old address to its current one.
CREATE TABLE section_redirects (
    old_slug    VARCHAR(200) PRIMARY KEY,
    section_id  VARCHAR(40)  NOT NULL REFERENCES sections (id)
);
CREATE INDEX section_redirects_by_section ON section_redirects (section_id);
