package io.newsdesk.app.distribute.sitemaps;

import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.store.Times;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The sitemaps' queries. Article sitemaps are blocks of published articles, oldest first (so old blocks
 * rarely change and new articles land in the last one), read as a stream of rows: a sitemap of 50,000
 * URLs never holds 50,000 objects.
 */
final class SitemapArticles {
    /** A URL of the site and when it last changed. */
    record Url(String path, Instant lastModified) {}

    /**
     * One article sitemap: its number (from 1), how many URLs, the newest change among them, and where it begins (its
     * first article's publication time and id), so it is read from there rather than counted to.
     */
    record Block(int number, int size, Instant lastModified, long firstPublishedAt, String firstId) {}

    /** A news sitemap row. */
    record News(String slug, String title, String language, Instant published) {}

    // the later of publication and last update, in portable SQL (no GREATEST in SQLite, no MAX(a, b) in PostgreSQL)
    private static final String CHANGED = "CASE WHEN a.updated_at > a.published_at THEN a.updated_at ELSE a.published_at END";
    private static final String IN_ORDER = " FROM articles a WHERE a.status = 'published' ORDER BY a.published_at, a.id";
    private static final int FETCH = 1_000;

    private final Jdbi jdbi;

    SitemapArticles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The blocks of {@code perSitemap} articles, counted in one streamed pass over the published articles' index
     * entries. The rows are read as plain numbers, not mapped one by one: at 1,000,000 articles the pass took 400 ms
     * through a row mapper and 225 ms like this (docs/benchmarks.md, issue 17).
     */
    List<Block> blocks(int perSitemap) {
        List<Block> blocks = new ArrayList<>();
        jdbi.useHandle(h -> h.createQuery("SELECT " + CHANGED + " AS changed, a.published_at, a.id" + IN_ORDER).setFetchSize(FETCH)
                .scanResultSet((rows, ctx) -> {
                    ResultSet rs = rows.get();
                    int inBlock = 0;
                    long newest = 0, firstAt = 0;
                    String firstId = null;
                    while (rs.next()) {
                        if (inBlock == 0) {
                            firstAt = rs.getLong(2);
                            firstId = rs.getString(3);
                        }
                        newest = Math.max(newest, rs.getLong(1));
                        if (++inBlock == perSitemap) {
                            blocks.add(new Block(blocks.size() + 1, inBlock, Instant.ofEpochMilli(newest), firstAt, firstId));
                            inBlock = 0;
                            newest = 0;
                        }
                    }
                    if (inBlock > 0) blocks.add(new Block(blocks.size() + 1, inBlock, Instant.ofEpochMilli(newest), firstAt, firstId));
                    return null;
                }));
        return blocks;
    }

    /**
     * Streams the article URLs of {@code block} to {@code out}: one index range from its first article. Counted to with
     * OFFSET, the twentieth sitemap of a 1,000,000-article site walked 950,000 index entries first (docs/benchmarks.md).
     */
    void block(Block block, Consumer<Url> out) {
        jdbi.useHandle(h -> h.createQuery("SELECT a.slug, " + CHANGED + " AS changed FROM articles a WHERE a.status = 'published'"
                        + " AND (a.published_at, a.id) >= (:at, :id) ORDER BY a.published_at, a.id LIMIT :limit")
                .bind("at", block.firstPublishedAt()).bind("id", block.firstId()).bind("limit", block.size()).setFetchSize(FETCH)
                .map((rs, ctx) -> new Url(SitePaths.article(rs.getString("slug")), Times.instant(rs, "changed")))
                .forEach(out));
    }

    /**
     * Sections, authors and outlets with published articles, each with its newest publication: one index seek per
     * list (V23), never a pass over the articles. Each kind in order of its slug, up to {@code limit} in all.
     */
    void listPages(int limit, Consumer<Url> out) {
        int[] left = {limit};
        jdbi.useHandle(h -> {
            for (String sql : List.of(
                    "SELECT '/section/' || x.slug, (SELECT MAX(a.published_at) FROM articles a WHERE a.section_id = x.id AND a.status = 'published') AS changed FROM sections x",
                    "SELECT '/author/' || x.slug, (SELECT MAX(aa.published_at) FROM article_authors aa WHERE aa.author_id = x.id AND aa.status = 'published') AS changed FROM authors x",
                    "SELECT '/outlet/' || x.slug, (SELECT MAX(a.published_at) FROM articles a WHERE a.outlet_id = x.id AND a.status = 'published') AS changed FROM outlets x")) {
                if (left[0] <= 0) return;
                h.createQuery("SELECT * FROM (" + sql + ") l WHERE changed IS NOT NULL ORDER BY 1 LIMIT :limit")
                        .bind("limit", left[0]).setFetchSize(FETCH)
                        .map((rs, ctx) -> new Url(rs.getString(1), Times.instant(rs, "changed")))
                        .forEach(u -> { left[0]--; out.accept(u); });
            }
        });
    }

    /** When the newest published articles last changed (the home page's lastmod): the home page shows only the newest. */
    Instant newestChange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(changed) AS changed FROM (SELECT " + CHANGED
                        + " AS changed FROM articles a WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC LIMIT 100) n")
                .map((rs, ctx) -> Times.instant(rs, "changed")).one());
    }

    /** Articles published since {@code since}, newest first. */
    List<News> publishedSince(Instant since, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.slug, a.title, a.language, a.published_at FROM articles a
                        WHERE a.status = 'published' AND a.published_at >= :since
                        ORDER BY a.published_at DESC, a.id DESC LIMIT :limit""")
                .bind("since", since.toEpochMilli()).bind("limit", limit)
                .map((rs, ctx) -> new News(rs.getString("slug"), rs.getString("title"), rs.getString("language"),
                        Times.instant(rs, "published_at")))
                .list());
    }
}
