package io.newsdesk.app.distribute.feeds;

import io.newsdesk.app.store.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Reads the newest published articles of a feed's scope with everything an entry needs, in two queries. */
final class FeedArticles {
    /** One article row as read; the body only when {@link FullTextRule} allows it. */
    record Row(String id, String slug, String title, String excerpt, String fullHtml, String imageUrl, String language,
               Instant published, Instant updated, String section, String outletName, String originalUrl,
               String originalLanguage, boolean translated, List<String> authors) {}

    private final Jdbi jdbi;

    FeedArticles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<Row> newest(FeedScope scope, int limit) {
        String filter = switch (scope.kind()) {
            case SITE -> "";
            case SECTION -> " AND a.section_id = :id";
            case AUTHOR -> " AND aa.author_id = :id AND aa.status = 'published'";
            case OUTLET -> " AND a.outlet_id = :id";
            case STORY -> " AND a.story_id = :id";
        };
        // an author's feed reads the byline index in order (its rows carry status and time, V23), as the author page does
        boolean byline = scope.kind() == FeedScope.Kind.AUTHOR;
        String from = byline ? "article_authors aa JOIN articles a ON a.id = aa.article_id" : "articles a";
        String order = byline ? "aa.published_at DESC, aa.article_id DESC" : "a.published_at DESC, a.id DESC";
        String sql = """
                SELECT a.id, a.slug, a.title, a.excerpt, a.image_url, a.language, a.published_at, a.updated_at,
                       a.original_url, a.original_language, a.translated, s.name AS section_name, o.name AS outlet_name,
                       CASE WHEN %s THEN a.body_html END AS full_html
                FROM %s JOIN sections s ON s.id = a.section_id LEFT JOIN outlets o ON o.id = a.outlet_id
                WHERE a.status = 'published'%s
                ORDER BY %s LIMIT :limit""".formatted(FullTextRule.SQL, from, filter, order);
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql).bind("limit", limit);
            if (scope.id() != null) q.bind("id", scope.id());
            List<Row> rows = q.map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("slug"), rs.getString("title"),
                    rs.getString("excerpt"), rs.getString("full_html"), rs.getString("image_url"), rs.getString("language"),
                    Times.instant(rs, "published_at"), Times.instant(rs, "updated_at"), rs.getString("section_name"),
                    rs.getString("outlet_name"), rs.getString("original_url"), rs.getString("original_language"),
                    rs.getBoolean("translated"), new ArrayList<>())).list();
            if (rows.isEmpty()) return rows;
            Map<String, Row> byId = new HashMap<>();
            for (Row r : rows) byId.put(r.id(), r);
            h.createQuery("""
                            SELECT aa.article_id, au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
                            WHERE aa.article_id IN (<ids>) ORDER BY aa.article_id, aa.position""")
                    .bindList("ids", List.copyOf(byId.keySet()))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> byId.get(e.getKey()).authors().add(e.getValue()));
            return rows;
        });
    }
}
