package io.newsdesk.app.store;

import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.AuthorProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class AuthorStore {
    private static final RowMapper<Author> MAPPER = (rs, ctx) -> new Author(
            rs.getString("id"), rs.getString("slug"), rs.getString("name"), rs.getString("bio"), rs.getString("original_name"));
    private final Jdbi jdbi;

    public AuthorStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Author create(String slug, String name, String bio) {
        Author a = new Author(Ids.newId(), slug, name, bio);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO authors (id, slug, name, bio) VALUES (:id, :slug, :name, :bio)")
                .bindMethods(a).execute());
        return a;
    }

    /**
     * The id of the author a byline names, created on first sight, found by {@code slug}, the slug of the name as
     * written (so one person is one author whatever the letters shown). {@code shown} is the name in the site's
     * letters; an author stored before names were transliterated, whose name is still the original, gets it too.
     */
    public static String idForByline(Handle h, String slug, String written, String shown) {
        String original = written.equals(shown) ? null : written;
        h.createUpdate("INSERT INTO authors (id, slug, name, original_name) VALUES (:id, :slug, :name, :original) ON CONFLICT (slug) DO NOTHING")
                .bind("id", Ids.newId()).bind("slug", slug).bind("name", shown).bind("original", original).execute();
        if (original != null) {
            h.createUpdate("UPDATE authors SET name = :name, original_name = :original WHERE slug = :slug AND name = :original")
                    .bind("name", shown).bind("original", original).bind("slug", slug).execute();
        }
        return h.createQuery("SELECT id FROM authors WHERE slug = :slug").bind("slug", slug).mapTo(String.class).one();
    }

    public Optional<Author> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM authors WHERE slug = :slug").bind("slug", slug).map(MAPPER).findOne());
    }

    public Optional<Author> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM authors WHERE id = :id").bind("id", id).map(MAPPER).findOne());
    }

    /** The first {@code limit} authors by name (the search page's author filter). */
    public List<Author> byName(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM authors ORDER BY LOWER(name), id LIMIT :limit")
                .bind("limit", limit).map(MAPPER).list());
    }

    /** The authors of an article in byline order. */
    public List<Author> ofArticle(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT au.* FROM authors au JOIN article_authors aa ON aa.author_id = au.id
                WHERE aa.article_id = :id ORDER BY aa.position""").bind("id", articleId).map(MAPPER).list());
    }

    private static final RowMapper<AuthorProfile> PROFILE = (rs, ctx) -> new AuthorProfile(rs.getString("id"), rs.getString("slug"),
            rs.getString("name"), rs.getString("bio"), rs.getString("photo_url"),
            links(rs), rs.getLong("articles"));
    private static final String PROFILES = """
            SELECT au.id, au.slug, au.name, au.bio, au.photo_url, au.links,
                (%s) AS articles
            FROM authors au""".formatted(BoundedCount.sql("SELECT 1 FROM article_authors aa WHERE aa.author_id = au.id"));

    /** Authors whose name contains {@code query} (any case; empty: all), by name, for /admin/authors. */
    public List<AuthorProfile> profiles(String query, int limit, int offset) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbi.withHandle(h -> h.createQuery(PROFILES + " WHERE LOWER(au.name) LIKE :q ESCAPE '!' ORDER BY LOWER(au.name), au.id LIMIT :limit OFFSET :offset")
                .bind("q", "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .bind("limit", limit).bind("offset", offset).map(PROFILE).list());
    }

    public Optional<AuthorProfile> profile(String id) {
        return jdbi.withHandle(h -> h.createQuery(PROFILES + " WHERE au.id = :id").bind("id", id).map(PROFILE).findOne());
    }

    /**
     * The links an editor gave the author, in their order (for the reader's author page). Not their profile: its count
     * of the author's articles read the author's whole byline index on every author page (30 ms for an author of
     * 140,000 articles at 1,000,000).
     */
    public List<String> links(String authorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT links FROM authors WHERE id = :id").bind("id", authorId)
                .map((rs, ctx) -> links(rs)).findOne().orElse(List.of()));
    }

    /** The links column: one link a line, in the editor's order. */
    private static List<String> links(ResultSet rs) throws SQLException {
        String links = rs.getString("links");
        return links == null ? List.of() : List.of(links.split("\n"));
    }

    /** Replaces the name, bio, photo and links (already clean); the slug, and so the author's address, stays. */
    public void updateProfile(String id, String name, String bio, String photoUrl, List<String> links) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE authors SET name = :name, bio = :bio, photo_url = :photo, links = :links WHERE id = :id")
                .bind("id", id).bind("name", name).bind("bio", bio).bind("photo", photoUrl)
                .bind("links", links.isEmpty() ? null : String.join("\n", links)).execute());
    }
}
