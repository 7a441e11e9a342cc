package io.newsdesk.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author's newest articles ("More from Author") and the authors of bylines are kept in memory: an article the
 * author publishes, and a new name written with it (as an import does), show at once on their other articles' pages.
 */
class MoreFromAuthorTest {
    @TempDir
    Path dir;

    @Test
    void aNewArticleOfTheAuthorShowsOnTheirOtherArticlesPagesAtOnce() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            String authorId = authorOfTwo(site);
            List<String> slugs = firstTwoArticles(site, authorId);
            Document first = page(site, slugs.get(0));
            assertThat(first.select(".more-from-author .card")).isNotEmpty(); // the author's list is now kept

            String title = "Night trains return to the northern line";
            publish(site, authorId, title);

            Document second = page(site, slugs.get(1));
            assertThat(second.select(".more-from-author .card-title").eachText()).first().isEqualTo(title);
        }
    }

    @Test
    void anAuthorRenamedWithANewArticleHasTheNewNameInTheirOtherBylinesAtOnce() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            String authorId = authorOfTwo(site);
            List<String> slugs = firstTwoArticles(site, authorId);
            String before = page(site, slugs.get(0)).selectFirst(".byline a[rel=author]").text(); // the author is now kept

            site.stores.jdbi().useHandle(h -> h.createUpdate("UPDATE authors SET name = :name WHERE id = :id")
                    .bind("name", before + " Vance").bind("id", authorId).execute());
            publish(site, authorId, "Harbour cranes to run on shore power by spring");

            assertThat(page(site, slugs.get(1)).selectFirst(".byline a[rel=author]").text()).isEqualTo(before + " Vance");
        }
    }

    /** A byline of twelve keeps its order (positions 0 to 11: ten comes after nine, not after one), whatever the ids. */
    @Test
    void aLongBylineShowsItsAuthorsInTheOrderWritten() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            List<String> names = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // slugs (and so ids) in the reverse order of the byline
                var author = site.stores.authors().create("writer-" + (char) ('z' - i), "Writer " + (char) ('Z' - i) + " Byline", null);
                names.add(author.name());
                ids.add(author.id());
            }
            new ArticleWriter(site.stores.jdbi(), site.stores.articles()).save(new ArticleDraft("A dozen hands on one story", null,
                    "<p>Details follow.</p>", null, null, null, null, site.stores.sections().all().get(0).id(), ids,
                    "en", ArticleStatus.PUBLISHED, Instant.now(), null, null));
            String slug = site.stores.jdbi().withHandle(h -> h.createQuery("SELECT slug FROM articles WHERE title = 'A dozen hands on one story'")
                    .mapTo(String.class).one());
            assertThat(page(site, slug).select(".byline a[rel=author]").eachText()).isEqualTo(names);
        }
    }

    /** An author named first in the bylines of two published articles ("More from" follows the first author). */
    private static String authorOfTwo(TestSite site) {
        return site.stores.jdbi().withHandle(h -> h.createQuery("""
                SELECT author_id FROM article_authors WHERE status = 'published' AND position = 0
                GROUP BY author_id HAVING COUNT(*) >= 2 ORDER BY author_id""").mapTo(String.class).first());
    }

    /** The author's two oldest articles: the second is not rendered before the test asks for it. */
    private static List<String> firstTwoArticles(TestSite site, String authorId) {
        return site.stores.jdbi().withHandle(h -> h.createQuery("""
                SELECT a.slug FROM articles a JOIN article_authors aa ON aa.article_id = a.id
                WHERE aa.author_id = :author AND aa.position = 0 AND a.status = 'published' ORDER BY a.published_at LIMIT 2""")
                .bind("author", authorId).mapTo(String.class).list());
    }

    /** Published through the site's own writer, which tells the site that an article changed. */
    private static void publish(TestSite site, String authorId, String title) {
        new ArticleWriter(site.stores.jdbi(), site.stores.articles()).save(new ArticleDraft(title, null,
                "<p>Details follow.</p>", null, null, null, null, site.stores.sections().all().get(0).id(), List.of(authorId),
                "en", ArticleStatus.PUBLISHED, Instant.now(), null, null));
    }

    private static Document page(TestSite site, String slug) throws Exception {
        var response = site.get("/article/" + slug);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
