package io.newsdesk.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "More from Author" lists are kept in memory per author: an article the author publishes shows at once. */
class MoreFromAuthorTest {
    @TempDir
    Path dir;

    @Test
    void aNewArticleOfTheAuthorShowsOnTheirOtherArticlesPagesAtOnce() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            // two published articles whose byline names one author first ("More from" follows the first), the second
            // not yet rendered
            String authorId = site.stores.jdbi().withHandle(h -> h.createQuery("""
                    SELECT author_id FROM article_authors WHERE status = 'published' AND position = 0
                    GROUP BY author_id HAVING COUNT(*) >= 2 ORDER BY author_id""").mapTo(String.class).first());
            List<String> slugs = site.stores.jdbi().withHandle(h -> h.createQuery("""
                    SELECT a.slug FROM articles a JOIN article_authors aa ON aa.article_id = a.id
                    WHERE aa.author_id = :author AND aa.position = 0 AND a.status = 'published' ORDER BY a.published_at LIMIT 2""")
                    .bind("author", authorId).mapTo(String.class).list());
            Document first = page(site, slugs.get(0));
            assertThat(first.select(".more-from-author .card")).isNotEmpty(); // the author's list is now kept

            String title = "Night trains return to the northern line";
            new ArticleWriter(site.stores.jdbi(), site.stores.articles()).save(new ArticleDraft(title, null,
                    "<p>The sleeper service runs again from Monday.</p>", null, null, null, null,
                    site.stores.sections().all().get(0).id(), List.of(authorId), "en", ArticleStatus.PUBLISHED, Instant.now(),
                    null, null));

            Document second = page(site, slugs.get(1));
            assertThat(second.select(".more-from-author .card-title").eachText()).first().isEqualTo(title);
        }
    }

    private static Document page(TestSite site, String slug) throws Exception {
        var response = site.get("/article/" + slug);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
