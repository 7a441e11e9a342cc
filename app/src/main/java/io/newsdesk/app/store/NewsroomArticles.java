package io.newsdesk.app.store;

import io.newsdesk.app.news.ArticleStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What the newsroom (the admin's article pages) reads about articles of every status: the filtered list, an
 * article's creator, its revisions and its corrections. Reading only; writes go through {@code content.ArticleWriter}.
 * Each filter is a column with an index (status, section, outlet, language, creator: V1, V16; author: the
 * author's slug, then {@code article_authors_by_author}); the list is in order of the last change ({@code articles_by_change}).
 * The title search is a substring match over what the other filters leave.
 */
public final class NewsroomArticles {
    public static final int PAGE_SIZE = 50;

    /**
     * The list's filter; every part is optional. {@code authorSlug} is the slug of a byline's name (as
     * {@code content.Slugs} makes it); {@code createdBy} is set for an author, who sees only their own.
     */
    public record Filter(String query, ArticleStatus status, String sectionId, String outletId, String language,
                         String authorSlug, String createdBy) {}

    public record Row(String id, String slug, String title, ArticleStatus status, String sectionName, String outletName,
                      String language, Instant publishedAt, Instant changedAt, String holdReason) {}

    public record Page(List<Row> rows, int total, int page, int pages) {}

    public record Revision(String id, String title, String standfirst, String bodyHtml, Instant replacedAt, String revisedBy,
                           String kind) {}

    public record Correction(String note, Instant at) {}

    private final Jdbi jdbi;

    public NewsroomArticles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page list(Filter f, int page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> binds = new LinkedHashMap<>();
        if (f.status() != null) {
            where.append(" AND a.status = :status");
            binds.put("status", f.status().dbValue());
        }
        add(where, binds, "a.section_id", "section", f.sectionId());
        add(where, binds, "a.outlet_id", "outlet", f.outletId());
        add(where, binds, "a.language", "language", f.language());
        add(where, binds, "a.created_by", "creator", f.createdBy());
        if (present(f.authorSlug())) { // by the author's unique slug, then the byline index
            where.append(" AND a.id IN (SELECT aa.article_id FROM article_authors aa"
                    + " WHERE aa.author_id IN (SELECT au.id FROM authors au WHERE au.slug = :author))");
            binds.put("author", f.authorSlug());
        }
        if (present(f.query())) {
            where.append(" AND LOWER(a.title) LIKE :q ESCAPE '\\'");
            binds.put("q", "%" + likeEscaped(f.query().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return jdbi.withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM articles a" + where);
            binds.forEach(count::bind);
            int total = count.mapTo(Integer.class).one();
            int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            int shown = Math.min(Math.max(1, page), pages);
            var q = h.createQuery("""
                    SELECT a.id, a.slug, a.title, a.status, a.language, a.published_at, a.changed_at, a.hold_reason,
                           s.name AS section_name, o.name AS outlet_name
                    FROM articles a JOIN sections s ON s.id = a.section_id LEFT JOIN outlets o ON o.id = a.outlet_id"""
                    + where + " ORDER BY a.changed_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                    .bind("limit", PAGE_SIZE).bind("offset", (shown - 1) * PAGE_SIZE);
            binds.forEach(q::bind);
            List<Row> rows = q.map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("slug"), rs.getString("title"),
                    ArticleStatus.fromDb(rs.getString("status")), rs.getString("section_name"), rs.getString("outlet_name"),
                    rs.getString("language"), Times.instant(rs, "published_at"), Times.instant(rs, "changed_at"),
                    rs.getString("hold_reason"))).list();
            return new Page(rows, total, shown, pages);
        });
    }

    /** How many articles wait in {@code status} (e.g. "waiting for review"). */
    public int count(ArticleStatus status) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE status = :s")
                .bind("s", status.dbValue()).mapTo(Integer.class).one());
    }

    /** The languages articles are in, for the filter. */
    public List<String> languages() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT language FROM articles ORDER BY language").mapTo(String.class).list());
    }

    /** Every outlet, by name, for the filter. */
    public List<io.newsdesk.app.news.Outlet> outlets() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM outlets ORDER BY name")
                .map((rs, ctx) -> new io.newsdesk.app.news.Outlet(rs.getString("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("site_url"), rs.getString("language"), rs.getString("telegram_channel"))).list());
    }

    /** The user who created the article in the admin (empty for imported and demo articles). */
    public Optional<String> createdBy(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT created_by FROM articles WHERE id = :id").bind("id", articleId)
                .mapTo(String.class).findOne());
    }

    /** The article's earlier versions, newest first. */
    public List<Revision> revisions(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM article_revisions WHERE article_id = :id ORDER BY replaced_at DESC, id DESC""")
                .bind("id", articleId)
                .map((rs, ctx) -> new Revision(rs.getString("id"), rs.getString("title"), rs.getString("standfirst"),
                        rs.getString("body_html"), Times.instant(rs, "replaced_at"), rs.getString("revised_by"),
                        rs.getString("change_kind"))).list());
    }

    /** The corrections readers see, oldest first. */
    public List<Correction> corrections(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT note, corrected_at FROM article_corrections WHERE article_id = :id ORDER BY corrected_at, id""")
                .bind("id", articleId)
                .map((rs, ctx) -> new Correction(rs.getString("note"), Times.instant(rs, "corrected_at"))).list());
    }

    private static void add(StringBuilder where, Map<String, Object> binds, String column, String name, String value) {
        if (!present(value)) return;
        where.append(" AND ").append(column).append(" = :").append(name);
        binds.put(name, value.strip());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String likeEscaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') b.append('\\');
            b.append(c);
        }
        return b.toString();
    }
}
