package io.newsdesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --articles N}: N more published articles over the demo's sections and authors, most of them imported from
 * the demo's outlets and those of other languages translated, each page served.
 */
class BulkArticlesTest {
    @TempDir
    Path dir;

    /** A boolean column as either database's driver gives it (SQLite: an integer). */
    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    @Test
    void generatesPublishedArticlesWithBylinesThatRender() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            var jdbi = site.stores.jdbi();
            int before = site.stores.articles().countAll();
            Set<String> demo = Set.copyOf(jdbi.withHandle(h -> h.createQuery("SELECT id FROM articles").mapTo(String.class).list()));
            // more than one batch, and not a multiple of it: the last batch is short
            int n = 4_321;
            BulkArticles.generate(site.stores, n, Clock.systemUTC());
            assertThat(site.stores.articles().countAll()).isEqualTo(before + n);
            Map<String, Object> counts = jdbi.withHandle(h -> h.createQuery("""
                    SELECT COUNT(*) AS articles, COUNT(DISTINCT slug) AS slugs, COUNT(DISTINCT section_id) AS sections,
                           MIN(published_at) AS first, MAX(published_at) AS last,
                           SUM(CASE WHEN excerpt = '' OR body_text = '' THEN 1 ELSE 0 END) AS empty
                    FROM articles WHERE slug LIKE '%-%' AND status = 'published' AND outlet_id IS NULL
                      AND created_at >= (SELECT MAX(created_at) FROM articles) - 600000""").mapToMap().one());
            assertThat(((Number) counts.get("empty")).intValue()).as("every article has text and an excerpt").isZero();
            assertThat(((Number) counts.get("slugs")).intValue()).isEqualTo(((Number) counts.get("articles")).intValue());
            assertThat(((Number) counts.get("sections")).intValue()).as("spread over the sections").isGreaterThan(3);
            // published 7 minutes apart on average: n articles cover about n * 7 minutes
            long span = ((Number) counts.get("last")).longValue() - ((Number) counts.get("first")).longValue();
            assertThat(span).isGreaterThan((long) n * 6 * 60_000);
            // each generated article has one byline row carrying its status and time (what the author page reads)
            int orphans = jdbi.withHandle(h -> h.createQuery("""
                    SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_authors aa WHERE aa.article_id = a.id
                      AND aa.status = a.status AND aa.published_at = a.published_at AND aa.position = 0)""").mapTo(Integer.class).one());
            assertThat(orphans).as("articles without a byline row in step").isZero();
            // like an aggregator's: six of every eight imported from the demo's outlets in turn, those of an outlet in
            // another language published translations with their record
            List<Map<String, Object>> rows = jdbi.withHandle(h -> h.createQuery("""
                    SELECT a.id, a.original_url, a.outlet_id, a.translated, o.language AS outlet_language, t.state, t.engine
                    FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN article_translations t ON t.article_id = a.id""")
                    .mapToMap().list()).stream().filter(r -> !demo.contains((String) r.get("id"))).toList();
            assertThat(rows).hasSize(n);
            List<Map<String, Object>> imported = rows.stream().filter(r -> r.get("outlet_id") != null && r.get("original_url") != null).toList();
            assertThat(imported.size()).as("imported").isBetween(n * 3 / 4 - 8, n * 3 / 4 + 8);
            int outlets = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outlets").mapTo(Integer.class).one());
            assertThat(imported.stream().map(r -> r.get("outlet_id")).distinct().count()).as("every outlet").isEqualTo(outlets);
            for (Map<String, Object> r : rows) {
                boolean foreign = r.get("outlet_language") != null && !"en".equals(r.get("outlet_language"));
                assertThat(truth(r.get("translated"))).as("translated exactly when the outlet writes in another language").isEqualTo(foreign);
                assertThat(r.get("state")).as("a translated article's record").isEqualTo(foreign ? "published" : null);
            }
            String translatedSlug = jdbi.withHandle(h -> h.createQuery(
                    "SELECT slug FROM articles WHERE translated ORDER BY created_at DESC LIMIT 1").mapTo(String.class).one());
            var translatedPage = site.get("/article/" + translatedSlug);
            assertThat(translatedPage.statusCode()).isEqualTo(200);
            assertThat(translatedPage.body()).contains("by machine translation (demo)").contains("/news/");
            List<String> slugs = jdbi.withHandle(h -> h.createQuery(
                    "SELECT slug FROM articles ORDER BY created_at DESC, published_at LIMIT 3").mapTo(String.class).list());
            for (String slug : slugs) {
                var page = site.get("/article/" + slug);
                assertThat(page.statusCode()).as(slug).isEqualTo(200);
                assertThat(page.body()).contains("class=\"byline");
            }
        }
    }
}
