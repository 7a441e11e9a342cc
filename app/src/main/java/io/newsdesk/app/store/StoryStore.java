package io.newsdesk.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Stories: the same news reported by several outlets (clustered by the import pipeline). */
public final class StoryStore {
    /** One outlet's published report of a story. */
    public record Report(String title, String slug, String outletName, Instant publishedAt) {}

    private final Jdbi jdbi;

    public StoryStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<String> title(String storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT title FROM stories WHERE id = :id").bind("id", storyId)
                .mapTo(String.class).findOne());
    }

    /** The story's published reports other than {@code exceptArticleId}, oldest first (who reported it first). */
    public List<Report> reports(String storyId, String exceptArticleId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.title, a.slug, o.name AS outlet, a.published_at FROM articles a
                        LEFT JOIN outlets o ON o.id = a.outlet_id
                        WHERE a.story_id = :story AND a.status = 'published' AND a.id <> :except
                        ORDER BY a.published_at, a.id LIMIT :limit""")
                .bind("story", storyId).bind("except", exceptArticleId == null ? "" : exceptArticleId).bind("limit", limit)
                .map((rs, ctx) -> new Report(rs.getString("title"), rs.getString("slug"), rs.getString("outlet"),
                        Times.instant(rs, "published_at")))
                .list());
    }
}
