package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.demo.BulkArticles;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.NewsroomArticles;
import io.newsdesk.app.store.NewsroomPage;
import io.newsdesk.app.store.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17: the newsroom's article list pages by number for its first pages and next to a row (its last change and
 * id) past them, so a page deep in a large site's list reads one index range; walking "Older" to the end and "Newer"
 * back shows every article of the filter once, in order of the last change, ties by id, on both databases; the count
 * stops at its cap.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class NewsroomListTest {
    /** Past the numbered pages (20 of 50 rows), so the walk goes on next to rows. */
    static final int ARTICLES = 1_130;
    static final int CAP = 400;

    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    @Test
    void olderToTheEndAndNewerBackShowEveryArticleOnceInOrder() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, database)) {
            Jdbi jdbi = site.stores.jdbi();
            BulkArticles.generate(site.stores, ARTICLES, Clock.systemUTC());
            // three articles to each change time, so the id decides between them; every seventh a draft
            List<String> ids = jdbi.withHandle(h -> h.createQuery("SELECT id FROM articles ORDER BY id").mapTo(String.class).list());
            jdbi.useTransaction(h -> {
                var batch = h.prepareBatch("UPDATE articles SET changed_at = :at, status = CASE WHEN :draft THEN 'draft' ELSE status END WHERE id = :id");
                for (int i = 0; i < ids.size(); i++) {
                    batch.bind("at", 1_700_000_000_000L + (i * 7919L % ids.size()) / 3 * 1000).bind("draft", i % 7 == 0).bind("id", ids.get(i)).add();
                }
                batch.execute();
                // written behind the writer: the byline rows' copies of status and change time are kept in step as it keeps them
                h.execute("""
                        UPDATE article_authors SET status = (SELECT a.status FROM articles a WHERE a.id = article_authors.article_id),
                               changed_at = (SELECT a.changed_at FROM articles a WHERE a.id = article_authors.article_id)""");
            });
            NewsroomArticles newsroom = new NewsroomArticles(jdbi, CAP, NewsroomArticles.SEARCHED);
            String section = jdbi.withHandle(h -> h.createQuery("SELECT section_id FROM articles GROUP BY section_id ORDER BY COUNT(*) DESC LIMIT 1")
                    .mapTo(String.class).one());
            String authorSlug = jdbi.withHandle(h -> h.createQuery("""
                    SELECT au.slug FROM authors au JOIN article_authors aa ON aa.author_id = au.id GROUP BY au.slug ORDER BY COUNT(*) DESC LIMIT 1""")
                    .mapTo(String.class).one());

            for (var filter : List.of(
                    new Case(new NewsroomArticles.Filter(null, null, null, null, null, null, null), ""),
                    new Case(new NewsroomArticles.Filter(null, ArticleStatus.PUBLISHED, null, null, null, null, null), " WHERE status = 'published'"),
                    new Case(new NewsroomArticles.Filter(null, null, section, null, null, null, null), " WHERE section_id = '" + section + "'"),
                    new Case(new NewsroomArticles.Filter(null, null, null, null, null, authorSlug, null),
                            " WHERE id IN (SELECT aa.article_id FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE au.slug = '"
                                    + authorSlug + "')"),
                    new Case(new NewsroomArticles.Filter(null, ArticleStatus.DRAFT, null, null, null, authorSlug, null),
                            " WHERE status = 'draft' AND id IN (SELECT aa.article_id FROM article_authors aa JOIN authors au ON au.id = aa.author_id"
                                    + " WHERE au.slug = '" + authorSlug + "')"))) {
                List<String> expected = jdbi.withHandle(h -> h.createQuery("SELECT id FROM articles" + filter.where()
                        + " ORDER BY changed_at DESC, id DESC").mapTo(String.class).list());

                List<String> seen = new ArrayList<>();
                List<NewsroomArticles.Page> pages = new ArrayList<>();
                NewsroomArticles.Page page = newsroom.list(filter.filter(), NewsroomPage.FIRST);
                while (true) {
                    pages.add(page);
                    page.rows().forEach(r -> seen.add(r.id()));
                    if (page.older() == null) break;
                    page = newsroom.list(filter.filter(), page.older());
                }
                assertThat(seen).as(filter.where()).containsExactlyElementsOf(expected);
                assertThat(pages.getFirst().total()).isEqualTo(Math.min(expected.size(), CAP));
                assertThat(pages.getFirst().moreThanTotal()).isEqualTo(expected.size() > CAP);
                assertThat(pages.getFirst().counted()).isEqualTo(expected.size() > CAP ? CAP + "+" : Integer.toString(expected.size()));
                // numbers for the first pages, places after them
                for (int i = 0; i < pages.size(); i++) {
                    assertThat(pages.get(i).shown().number()).isEqualTo(i < NewsroomPage.LAST_NUMBERED ? i + 1 : 0);
                }

                // "Newer" back from the last page, pages of the same size next to its first row, to the top; the list's
                // first page then overlaps the page before it by what the walk's pages do not divide
                List<String> back = new ArrayList<>(page.rows().stream().map(NewsroomArticles.Row::id).toList());
                while (page.newer() != null) {
                    page = newsroom.list(filter.filter(), page.newer());
                    back.addAll(0, page.rows().stream().map(NewsroomArticles.Row::id).filter(id -> !back.contains(id)).toList());
                }
                assertThat(page.shown().number()).isEqualTo(1);
                assertThat(page.rows().stream().map(NewsroomArticles.Row::id).toList())
                        .containsExactlyElementsOf(expected.subList(0, Math.min(NewsroomArticles.PAGE_SIZE, expected.size())));
                assertThat(back).as(filter.where()).containsExactlyElementsOf(expected);
            }

            // a page next to a row stays where it is when that row changes meanwhile
            NewsroomArticles.Filter all = new NewsroomArticles.Filter(null, null, null, null, null, null, null);
            NewsroomArticles.Page deep = newsroom.list(all, NewsroomPage.numbered(NewsroomPage.LAST_NUMBERED));
            NewsroomPage next = deep.older();
            assertThat(next.olderThan()).isNotNull();
            List<String> before = newsroom.list(all, next).rows().stream().map(NewsroomArticles.Row::id).toList();
            jdbi.useHandle(h -> h.createUpdate("UPDATE articles SET changed_at = :now WHERE id = :id")
                    .bind("now", System.currentTimeMillis()).bind("id", next.olderThan().id()).execute());
            assertThat(newsroom.list(all, next).rows().stream().map(NewsroomArticles.Row::id).toList()).isEqualTo(before);

            // the filter's languages, each once
            assertThat(newsroom.languages()).containsExactlyElementsOf(jdbi.withHandle(h -> h.createQuery(
                    "SELECT DISTINCT language FROM articles ORDER BY language").mapTo(String.class).list()));
        }
    }

    /**
     * A title search reads a stretch of the list at a time (here 100 rows): walking "Older" from the first page to the
     * end, and "Newer" back, shows every match once, in order, with or without other filters; a page says where its
     * stretch ended; a stretch without a match still leads on.
     */
    @Test
    void aTitleSearchReadsAStretchOfTheListAtATimeAndFindsEveryMatch() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, database)) {
            Jdbi jdbi = site.stores.jdbi();
            BulkArticles.generate(site.stores, ARTICLES, Clock.systemUTC());
            int stretch = 100;
            NewsroomArticles newsroom = new NewsroomArticles(jdbi, CAP, stretch);
            List<String> titles = jdbi.withHandle(h -> h.createQuery("SELECT LOWER(title) FROM articles").mapTo(String.class).list());
            Map<String, Long> counts = titles.stream().flatMap(t -> Arrays.stream(t.split("[^a-z]+")).distinct())
                    .filter(w -> w.length() > 4).collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
            String word = counts.entrySet().stream().filter(e -> e.getValue() >= 4 && e.getValue() <= 12)
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            String authorSlug = jdbi.withHandle(h -> h.createQuery("""
                    SELECT au.slug FROM authors au JOIN article_authors aa ON aa.author_id = au.id GROUP BY au.slug ORDER BY COUNT(*) DESC LIMIT 1""")
                    .mapTo(String.class).one());
            for (var search : List.of(
                    // a word of a few titles: most stretches have no match
                    new TitleSearch(new NewsroomArticles.Filter(word, null, null, null, null, null, null),
                            "LOWER(title) LIKE '%" + word + "%'", false, true),
                    // a letter of nearly every title: pages fill inside a stretch
                    new TitleSearch(new NewsroomArticles.Filter("E", ArticleStatus.PUBLISHED, null, null, null, null, null),
                            "LOWER(title) LIKE '%e%' AND status = 'published'", true, false),
                    // in an author's list: the walk of the byline rows
                    new TitleSearch(new NewsroomArticles.Filter("a", null, null, null, null, authorSlug, null),
                            "LOWER(title) LIKE '%a%' AND id IN (SELECT aa.article_id FROM article_authors aa JOIN authors au"
                                    + " ON au.id = aa.author_id WHERE au.slug = '" + authorSlug + "')", false, false))) {
                NewsroomArticles.Filter filter = search.filter();
                List<String> expected = jdbi.withHandle(h -> h.createQuery("SELECT id FROM articles WHERE " + search.where()
                        + " ORDER BY changed_at DESC, id DESC").mapTo(String.class).list());
                assertThat(expected).as("matches").isNotEmpty();

                List<String> seen = new ArrayList<>();
                NewsroomArticles.Page page = newsroom.list(filter, NewsroomPage.FIRST);
                assertThat(page.searchedTo()).as("the first stretch ends before the list").isNotNull();
                assertThat(page.titles()).as("a title search, not counted").isTrue();
                int stretches = 0, empty = 0, full = 0;
                while (true) {
                    page.rows().forEach(r -> seen.add(r.id()));
                    if (page.searchedTo() != null) stretches++;
                    if (page.rows().isEmpty()) empty++;
                    if (page.rows().size() == NewsroomArticles.PAGE_SIZE) full++;
                    if (page.older() == null) break;
                    page = newsroom.list(filter, page.older());
                }
                assertThat(seen).as(search.where()).containsExactlyElementsOf(expected);
                if (search.fills()) assertThat(full).as("pages filled inside a stretch").isGreaterThan(3);
                if (search.sparse()) assertThat(empty).as("stretches without a match lead on").isPositive();
                assertThat(stretches).as("pages ended by their stretch").isGreaterThan(filter.authorSlug() == null ? 5 : 0);

                List<String> back = new ArrayList<>(page.rows().stream().map(NewsroomArticles.Row::id).toList());
                while (page.newer() != null) {
                    page = newsroom.list(filter, page.newer());
                    back.addAll(0, page.rows().stream().map(NewsroomArticles.Row::id).filter(id -> !back.contains(id)).toList());
                }
                assertThat(page.shown().number()).isEqualTo(1);
                assertThat(back).as("newer back to the top: " + search.where()).containsExactlyElementsOf(expected);
            }

            // a site whose list is shorter than the stretch reads it all at once: no stretch is named
            NewsroomArticles.Page whole = new NewsroomArticles(jdbi, CAP, ARTICLES * 2)
                    .list(new NewsroomArticles.Filter(word, null, null, null, null, null, null), NewsroomPage.FIRST);
            assertThat(whole.searchedTo()).isNull();
            assertThat(whole.rows().stream().map(NewsroomArticles.Row::id).toList()).containsExactlyElementsOf(jdbi.withHandle(h -> h.createQuery(
                    "SELECT id FROM articles WHERE LOWER(title) LIKE '%" + word + "%' ORDER BY changed_at DESC, id DESC").mapTo(String.class).list()));
            assertThat(whole.older()).isNull();
        }
    }

    @Test
    void theListPageLinksItsNeighboursAndTakesNoBadPlace() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, database)) {
            BulkArticles.generate(site.stores, ARTICLES, Clock.systemUTC());
            site.site.contentChanged();
            String cookie = site.adminCookie();
            int published = site.stores.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE status = 'published'")
                    .mapTo(Integer.class).one());
            int pages = (published + NewsroomArticles.PAGE_SIZE - 1) / NewsroomArticles.PAGE_SIZE;

            Document first = get(site, cookie, "/admin/articles?status=published");
            assertThat(first.selectFirst("p.count").text()).isEqualTo(published + " article(s), page 1 of " + pages);
            assertThat(first.select("a[rel=prev]")).isEmpty();
            assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/admin/articles?page=2&status=published");

            Document last = get(site, cookie, "/admin/articles?page=" + NewsroomPage.LAST_NUMBERED + "&status=published");
            String older = last.selectFirst("a[rel=next]").attr("href");
            assertThat(older).matches("/admin/articles\\?older=\\d+\\.[A-Za-z0-9-]+&status=published");
            int rows = 0;
            for (String at = older; at != null; ) {
                Document deep = get(site, cookie, at);
                rows += deep.select("table.articles tbody tr").size();
                assertThat(deep.selectFirst("p.count").text()).isEqualTo(published + " article(s)");
                assertThat(deep.selectFirst("a[rel=prev]").attr("href")).contains("?newer=").endsWith("&status=published");
                at = deep.select("a[rel=next]").isEmpty() ? null : deep.selectFirst("a[rel=next]").attr("href");
            }
            assertThat(rows).isEqualTo(published - NewsroomPage.LAST_NUMBERED * NewsroomArticles.PAGE_SIZE);

            // a place that is not one, and a number past the numbered pages, are corrected, not errors
            for (String bad : List.of("?older=%3Cscript%3E", "?newer=12.%27%3B", "?older=" + "9".repeat(30) + ".x", "?page=-3")) {
                assertThat(get(site, cookie, "/admin/articles" + bad).selectFirst("p.count").text()).as(bad).endsWith("page 1 of " + pages);
            }
            assertThat(get(site, cookie, "/admin/articles?page=999").selectFirst("p.count").text()).endsWith("page 20 of " + pages);
        }
    }

    private record Case(NewsroomArticles.Filter filter, String where) {}

    /** A title search, the SQL condition of its matches, and what its walk must meet: full pages, or empty stretches. */
    private record TitleSearch(NewsroomArticles.Filter filter, String where, boolean fills, boolean sparse) {}

    private static Document get(TestSite site, String cookie, String path) throws Exception {
        var res = site.get(path, "Cookie", cookie);
        assertThat(res.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(res.body());
    }
}
