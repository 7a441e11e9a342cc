package io.newsdesk.app.store;

import io.newsdesk.app.news.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO sections (id, slug, name, parent_id, position) VALUES (:id, :slug, :name, :parentId, :position)")
                    .bindMethods(s).execute();
            forgetRedirect(h, slug); // a live section wins over an old address
        });
        return s;
    }

    /** A section's name as readers see it: trimmed, 1 to 100 characters, no angle brackets. */
    public static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) throw new IllegalArgumentException("a name of 1 to 100 characters is needed");
        if (clean.contains("<") || clean.contains(">")) throw new IllegalArgumentException("a section name cannot hold angle brackets");
        return clean;
    }

    /** A section's address part: lower-case letters, digits and single hyphens, at most 80 characters. */
    public static String checkedSlug(String slug) {
        String s = slug == null ? "" : slug.strip();
        if (!s.matches("[a-z0-9]+(-[a-z0-9]+)*") || s.length() > 80) {
            throw new IllegalArgumentException("'" + s + "' is not a slug: lower-case letters, digits and single hyphens");
        }
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

    /** How many articles (of any status) each section holds, by section id, counted up to one past {@link BoundedCount#CAP}. */
    public Map<String, Integer> articleCounts() {
        Map<String, Integer> counts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT s.id, (" + BoundedCount.sql("SELECT 1 FROM articles a WHERE a.section_id = s.id")
                        + ") AS n FROM sections s")
                .map((rs, ctx) -> counts.put(rs.getString("id"), rs.getInt("n"))).list());
        return counts;
    }

    public Optional<Section> findById(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sections WHERE id = :id").bind("id", id).map(MAPPER).findOne());
    }

    /** The section an old address (of a renamed or removed section) now leads to. */
    public Optional<Section> redirectFor(String oldSlug) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT s.* FROM section_redirects r JOIN sections s ON s.id = r.section_id WHERE r.old_slug = :slug""")
                .bind("slug", oldSlug).map(MAPPER).findOne());
    }

    /**
     * Gives a section a new name and slug. A changed slug leaves its old address behind as a redirect; refused when
     * another section has the new slug.
     */
    public void update(String id, String name, String slug) {
        jdbi.useTransaction(h -> {
            Section old = h.createQuery("SELECT * FROM sections WHERE id = :id").bind("id", id).map(MAPPER).findOne()
                    .orElseThrow(() -> new IllegalArgumentException("no such section"));
            if (!old.slug().equals(slug)) {
                if (h.createQuery("SELECT COUNT(*) FROM sections WHERE slug = :slug").bind("slug", slug).mapTo(Integer.class).one() > 0) {
                    throw new IllegalArgumentException("a section '" + slug + "' exists already");
                }
                forgetRedirect(h, slug);
                h.createUpdate("INSERT INTO section_redirects (old_slug, section_id) VALUES (:slug, :id)")
                        .bind("slug", old.slug()).bind("id", id).execute();
            }
            h.createUpdate("UPDATE sections SET name = :name, slug = :slug WHERE id = :id")
                    .bind("name", name).bind("slug", slug).bind("id", id).execute();
        });
    }

    /** Moves a section one place up ({@code -1}) or down ({@code +1}) among its siblings; positions become 0..n-1. */
    public void move(String id, int step) {
        jdbi.useTransaction(h -> {
            Section s = h.createQuery("SELECT * FROM sections WHERE id = :id").bind("id", id).map(MAPPER).findOne()
                    .orElseThrow(() -> new IllegalArgumentException("no such section"));
            List<Section> siblings = new ArrayList<>(h.createQuery("""
                    SELECT * FROM sections WHERE COALESCE(parent_id, '') = COALESCE(:parent, '') ORDER BY position, name""")
                    .bind("parent", s.parentId()).map(MAPPER).list());
            int at = -1;
            for (int i = 0; i < siblings.size(); i++) if (siblings.get(i).id().equals(id)) at = i;
            int to = at + step;
            if (to >= 0 && to < siblings.size()) siblings.add(to, siblings.remove(at));
            for (int i = 0; i < siblings.size(); i++) {
                h.createUpdate("UPDATE sections SET position = :p WHERE id = :id").bind("p", i).bind("id", siblings.get(i).id()).execute();
            }
        });
    }

    /**
     * Removes a section whose articles were already moved to {@code targetId} (by the article writer, in the same
     * transaction): its sources file into the target, its subsections go up to its parent, and its address and old
     * addresses lead to the target. Refused for the last section and for a target that is the section itself.
     */
    public Section removeInto(Handle h, String id, String targetId) {
        Section s = h.createQuery("SELECT * FROM sections WHERE id = :id").bind("id", id).map(MAPPER).findOne()
                .orElseThrow(() -> new IllegalArgumentException("no such section"));
        if (id.equals(targetId) || count(h, "SELECT COUNT(*) FROM sections WHERE id = :id", targetId) == 0) {
            throw new IllegalArgumentException("choose another section for its articles");
        }
        if (count(h, "SELECT COUNT(*) FROM articles WHERE section_id = :id", id) > 0) {
            throw new IllegalStateException("the section's articles must be moved first");
        }
        h.createUpdate("UPDATE sources SET default_section_id = :to WHERE default_section_id = :id").bind("to", targetId).bind("id", id).execute();
        h.createUpdate("UPDATE sections SET parent_id = :parent WHERE parent_id = :id").bind("parent", s.parentId()).bind("id", id).execute();
        h.createUpdate("UPDATE section_redirects SET section_id = :to WHERE section_id = :id").bind("to", targetId).bind("id", id).execute();
        h.createUpdate("INSERT INTO section_redirects (old_slug, section_id) VALUES (:slug, :to)").bind("slug", s.slug()).bind("to", targetId).execute();
        h.createUpdate("DELETE FROM sections WHERE id = :id").bind("id", id).execute();
        return s;
    }

    private static void forgetRedirect(Handle h, String slug) {
        h.createUpdate("DELETE FROM section_redirects WHERE old_slug = :slug").bind("slug", slug).execute();
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
