package io.newsdesk.app.store;

import io.newsdesk.app.news.Section;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class SectionStore {
    private static final RowMapper<Section> MAPPER = (rs, ctx) -> new Section(
            rs.getString("id"), rs.getString("slug"), rs.getString("name"), rs.getString("parent_id"), rs.getInt("position"));
    private final Jdbi jdbi;

    public SectionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Section create(String slug, String name, String parentId, int position) {
        Section s = new Section(Ids.newId(), slug, name, parentId, position);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sections (id, slug, name, parent_id, position) VALUES (:id, :slug, :name, :parentId, :position)")
                .bindMethods(s).execute());
        return s;
    }

    /** The section imports are filed in when nothing else applies and the site has none yet ("News", renamable). */
    public static final String DEFAULT_SLUG = "news";

    /**
     * The site's first section, creating the default one when the site has none: a fresh site (without the demo)
     * can import from its first source without setting anything up.
     */
    public String firstOrDefault(Handle h) {
        h.createUpdate("""
                INSERT INTO sections (id, slug, name, parent_id, position)
                SELECT :id, :slug, 'News', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM sections)
                ON CONFLICT (slug) DO NOTHING""")
                .bind("id", Ids.newId()).bind("slug", DEFAULT_SLUG).execute();
        return h.createQuery("SELECT id FROM sections ORDER BY position, id LIMIT 1").mapTo(String.class).one();
    }

    public List<Section> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sections ORDER BY position, name").map(MAPPER).list());
    }

    public Section byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sections WHERE id = :id").bind("id", id).map(MAPPER).one());
    }

    public Optional<Section> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sections WHERE slug = :slug").bind("slug", slug).map(MAPPER).findOne());
    }

    public boolean rename(String slug, String name) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sections SET name = :name WHERE slug = :slug")
                .bind("name", name).bind("slug", slug).execute()) > 0;
    }

    /**
     * Removes an empty section. Refused, with the reason, while articles, sections or sources still point at it:
     * nothing published loses its place.
     */
    public void remove(String slug) {
        jdbi.useTransaction(h -> {
            String id = h.createQuery("SELECT id FROM sections WHERE slug = :slug").bind("slug", slug).mapTo(String.class)
                    .findOne().orElseThrow(() -> new IllegalArgumentException("no section '" + slug + "'"));
            int articles = count(h, "SELECT COUNT(*) FROM articles WHERE section_id = :id", id);
            int children = count(h, "SELECT COUNT(*) FROM sections WHERE parent_id = :id", id);
            int sources = count(h, "SELECT COUNT(*) FROM sources WHERE default_section_id = :id", id);
            if (articles + children + sources > 0) {
                throw new IllegalArgumentException("section '" + slug + "' still has " + articles + " articles, " + children
                        + " subsections and " + sources + " sources filing into it");
            }
            h.createUpdate("DELETE FROM sections WHERE id = :id").bind("id", id).execute();
        });
    }

    private static int count(Handle h, String sql, String id) {
        return h.createQuery(sql).bind("id", id).mapTo(Integer.class).one();
    }
}
