package io.newsdesk.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.store.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17: a list's deep pages are read next to one of its articles ({@code ?older=ID}, {@code ?newer=ID}), not by
 * counting the pages before them, and walking "Older" and then "Newer" from anywhere shows every article once, in order,
 * on both databases (the place is compared as a row value, which each must read as a range of the list's index).
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ListPagingTest {
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    @Test
    void olderAndNewerWalkTheWholeListFromAnyPlace() throws Exception {
        try (TestSite site = TestSite.emptyOn(dir, database)) {
            Section world = site.stores.sections().create("world", "World", null, 0);
            String author = site.stores.authors().create("hedda-sorell", "Hedda Sorell", null).id();
            ArticleWriter writer = new ArticleWriter(site.stores.jdbi(), site.stores.articles());
            // 40 articles, two of them published in the same second: the list's order is by time, then by id
            for (int i = 1; i <= 40; i++) publish(writer, world, author, "Story number " + i, T.plusSeconds(i == 21 ? 20 * 60 : i * 60L));
            List<String> newestFirst = site.stores.jdbi().withHandle(h -> h.createQuery(
                    "SELECT title FROM articles ORDER BY published_at DESC, id DESC").mapTo(String.class).list());
            String newest = idOf(site, newestFirst.getFirst());

            for (String list : List.of("/section/world", "/author/hedda-sorell")) {
                // "Older" from next to the newest article, to the end
                List<String> pagesSeen = new ArrayList<>();
                List<String> titles = new ArrayList<>();
                String at = list + "?older=" + newest;
                Document page = null;
                while (at != null) {
                    page = get(site, at);
                    pagesSeen.add(at);
                    assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://news.test" + at);
                    assertThat(page.select("main .card")).hasSizeLessThanOrEqualTo(ReaderPages.PAGE_SIZE);
                    titles.addAll(page.select("main .card h3").eachText());
                    at = page.select("a[rel=next]").isEmpty() ? null : page.selectFirst("a[rel=next]").attr("href");
                }
                assertThat(titles).as(list).containsExactlyElementsOf(newestFirst.subList(1, newestFirst.size()));
                assertThat(pagesSeen).hasSize(4); // 39 articles: 12, 12, 12, 3

                // and "Newer" back from the last page: the same pages, then the list's first page
                List<String> back = new ArrayList<>();
                for (int i = pagesSeen.size() - 1; i > 0; i--) {
                    String newer = page.selectFirst("a[rel=prev]").attr("href");
                    assertThat(newer).contains("?newer=");
                    page = get(site, newer);
                    back.addAll(0, page.select("main .card h3").eachText());
                }
                assertThat(back).containsExactlyElementsOf(titles.subList(0, 3 * ReaderPages.PAGE_SIZE));
                Document top = get(site, page.selectFirst("a[rel=prev]").attr("href"));
                assertThat(top.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://news.test" + list);
                assertThat(top.select("main .card h3").eachText()).containsExactlyElementsOf(newestFirst.subList(0, ReaderPages.PAGE_SIZE));
                assertThat(top.select("a[rel=prev]")).isEmpty();
            }

            // a page next to an article keeps its articles when newer ones are published; a numbered page moves on
            String middle = "/section/world?older=" + idOf(site, "Story number 30");
            List<String> before = get(site, middle).select("main .card h3").eachText();
            List<String> secondBefore = get(site, "/section/world?page=2").select("main .card h3").eachText();
            publish(writer, world, author, "Later story", T.plusSeconds(3600));
            site.site.contentChanged();
            assertThat(get(site, middle).select("main .card h3").eachText()).isEqualTo(before);
            assertThat(get(site, "/section/world?page=2").select("main .card h3").eachText()).isNotEqualTo(secondBefore);

            // places that are not articles, and numbers past the numbered pages, are not pages
            for (String missing : List.of("?older=no-such-article", "?newer=no-such-article", "?older=%3Cscript%3E",
                    "?older=" + "a".repeat(41), "?page=" + (ListPage.LAST_NUMBERED + 1), "?page=20000")) {
                assertThat(site.get("/section/world" + missing).statusCode()).as(missing).isEqualTo(404);
            }
            // a page number that is not one asks for the first page, as it always did
            assertThat(get(site, "/section/world?page=x").selectFirst("link[rel=canonical]").attr("href"))
                    .isEqualTo("http://news.test/section/world");
        }
    }

    @Test
    void theLastNumberedPageLeadsOnNextToItsLastArticle() throws Exception {
        try (TestSite site = TestSite.emptyOn(dir, database)) {
            Section world = site.stores.sections().create("world", "World", null, 0);
            ArticleWriter writer = new ArticleWriter(site.stores.jdbi(), site.stores.articles());
            int count = ListPage.LAST_NUMBERED * ReaderPages.PAGE_SIZE + 5;
            for (int i = 1; i <= count; i++) publish(writer, world, null, "Story number " + i, T.plusSeconds(i * 60L));

            Document last = get(site, "/section/world?page=" + ListPage.LAST_NUMBERED);
            assertThat(last.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/section/world?page=" + (ListPage.LAST_NUMBERED - 1));
            List<String> shown = last.select("main .card h3").eachText();
            assertThat(shown.getLast()).isEqualTo("Story number 6");
            String older = last.selectFirst("a[rel=next]").attr("href");
            assertThat(older).isEqualTo("/section/world?older=" + idOf(site, "Story number 6"));

            Document after = get(site, older);
            assertThat(after.select("main .card h3").eachText())
                    .containsExactly("Story number 5", "Story number 4", "Story number 3", "Story number 2", "Story number 1");
            assertThat(after.select("a[rel=next]")).isEmpty();
            assertThat(after.selectFirst(".pagination span").text()).isEqualTo("1 Nov 2026");
            assertThat(after.title()).startsWith("World (1 Nov 2026) |");
        }
    }

    private static void publish(ArticleWriter writer, Section section, String author, String title, Instant at) {
        writer.save(new ArticleDraft(title, null, "<p>" + title + ".</p>", null, null, null, null, section.id(),
                author == null ? List.of() : List.of(author), "en", ArticleStatus.PUBLISHED, at, null, null));
    }

    private static String idOf(TestSite site, String title) {
        return site.stores.jdbi().withHandle(h -> h.createQuery("SELECT id FROM articles WHERE title = :t")
                .bind("t", title).mapTo(String.class).one());
    }

    private static Document get(TestSite site, String path) throws Exception {
        var response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
