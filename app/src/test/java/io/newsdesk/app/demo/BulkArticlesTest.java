package io.newsdesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo --articles N}: N more published articles over the demo's sections and authors, each page served. */
class BulkArticlesTest {
    @TempDir
    Path dir;

    @Test
    void generatesPublishedArticlesWithBylinesThatRender() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            var jdbi = site.stores.jdbi();
            int before = site.stores.articles().countAll();
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
