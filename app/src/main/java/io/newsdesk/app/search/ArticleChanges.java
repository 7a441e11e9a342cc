package io.newsdesk.app.search;

import io.newsdesk.app.news.ArticleStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** Reads from the articles table what the indexer needs: which rows changed since a time, and published ones in full. */
final class ArticleChanges {
    /** One changed row: enough to decide whether the index is behind, without reading the text. */
    record Change(String id, long changedAt, boolean published) {}

    private final Jdbi jdbi;

    ArticleChanges(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Rows written at or after {@code since} (the index on changed_at makes this cheap when nothing changed). */
    List<Change> since(long since) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, changed_at, status FROM articles WHERE changed_at >= :since ORDER BY changed_at, id")
                .bind("since", since)
                .map((rs, ctx) -> new Change(rs.getString("id"), rs.getLong("changed_at"),
                        ArticleStatus.fromDb(rs.getString("status")) == ArticleStatus.PUBLISHED))
                .list());
    }

    /**
     * How many rows were written from {@code from} to {@code to} (inclusive) and the sum of their change times: a
     * row that committed late into that span changes it. One scan of the changed_at index, no rows read.
     */
    Overlap overlap(long from, long to) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*), COALESCE(SUM(changed_at), 0) FROM articles WHERE changed_at BETWEEN :from AND :to")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> new Overlap(from, to, rs.getLong(1), rs.getLong(2)))
                .one());
    }

    /** What {@link #overlap} found. */
    record Overlap(long from, long to, long rows, long sum) {}

    /** The published articles among {@code ids}, with what the index stores of them. */
    List<IndexedArticle> published(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbi.withHandle(h -> {
            Map<String, List<String>> authors = new HashMap<>();
            h.createQuery("""
                            SELECT aa.article_id, au.slug FROM article_authors aa JOIN authors au ON au.id = aa.author_id
                            WHERE aa.article_id IN (<ids>)""")
                    .bindList("ids", List.copyOf(ids))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> authors.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            // the translation record keeps the original's segments; only a translated article's original differs.
            // The status is checked here, not in WHERE: with it there, SQLite read every published row through the
            // status index to find the batch (5 s a batch at 200,000 articles) instead of looking the ids up
            return h.createQuery("""
                            SELECT a.id, a.slug, a.title, a.standfirst, a.body_text, a.language, a.published_at, a.changed_at,
                                   a.status, a.story_id, a.original_title, a.original_language, t.source_json,
                                   s.slug AS section_slug, o.slug AS outlet_slug
                            FROM articles a JOIN sections s ON s.id = a.section_id LEFT JOIN outlets o ON o.id = a.outlet_id
                            LEFT JOIN article_translations t ON t.article_id = a.id
                            WHERE a.id IN (<ids>)""")
                    .bindList("ids", List.copyOf(ids))
                    .map((rs, ctx) -> {
                        if (ArticleStatus.fromDb(rs.getString("status")) != ArticleStatus.PUBLISHED) return null;
                        String originalLanguage = rs.getString("original_language");
                        boolean translated = originalLanguage != null && !originalLanguage.equals(rs.getString("language"));
                        return new IndexedArticle(rs.getString("id"), rs.getString("slug"), rs.getString("title"),
                                rs.getString("standfirst"), rs.getString("body_text"), rs.getString("section_slug"),
                                rs.getString("outlet_slug"), rs.getString("language"), rs.getLong("published_at"),
                                rs.getLong("changed_at"), authors.getOrDefault(rs.getString("id"), List.of()), rs.getString("story_id"),
                                translated ? originalLanguage : null,
                                translated ? OriginalText.of(rs.getString("original_title"), rs.getString("source_json")) : null);
                    })
                    .list().stream().filter(Objects::nonNull).toList();
        });
    }
}
