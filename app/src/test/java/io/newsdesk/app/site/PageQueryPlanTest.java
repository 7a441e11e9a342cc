package io.newsdesk.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.demo.BulkArticles;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.store.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17: every query of every reader page is served by an index and bounded by its LIMIT, not by the size of the
 * site. A generated site (a few thousand articles, comments, a story; statistics as each database keeps them) renders each
 * page type once over HTTP while {@link PageQueries} explains each query the page runs; a full scan or a sort of a
 * large table fails the test, and so does a page that needs more round trips than its budget.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PageQueryPlanTest {
    /** Enough rows that a scan and an index differ in cost; the plans depend on statistics, not on millions of rows. */
    static final int ARTICLES = 1_200;

    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    @Test
    void everyPageQueryReadsAnIndexRangeAndStopsAtItsLimit() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, database)) {
            Jdbi jdbi = site.db.jdbi();
            boolean postgres = database == TestDatabase.POSTGRESQL;
            Map<String, Integer> budget = pages(site, jdbi, postgres);
            List<List<String>> warm = warmMisses(jdbi);
            PageQueries queries = new PageQueries(postgres);
            jdbi.setSqlLogger(queries);
            // the setup wrote behind the site's back: its follower must have seen that before the run, or it drops the
            // chrome's copies in the middle of it (a page then pays for the chrome again)
            site.site.followChangesNow();
            site.site.contentChanged(); // nothing kept from before: each page reads what a cold one reads

            List<String> failures = new ArrayList<>();
            StringBuilder table = new StringBuilder("queries per page (" + database + ", cache miss):\n");
            for (var page : budget.entrySet()) {
                var response = site.get(page.getKey());
                assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
                List<PageQueries.Query> ran = queries.take();
                table.append(String.format("  %3d  %s%n", ran.size(), page.getKey()));
                // every page of a cold cache reads something; none seen means the watcher missed the thread that read it
                if (ran.isEmpty() && !page.getKey().equals("/robots.txt")) failures.add(page.getKey() + ": no query seen");
                if (ran.size() > page.getValue()) {
                    failures.add(page.getKey() + ": " + ran.size() + " round trips, budget " + page.getValue() + ": "
                            + starts(ran));
                }
                for (PageQueries.Query q : ran) {
                    List<String> problems = q.problems(postgres);
                    if (!problems.isEmpty()) failures.add(page.getKey() + ": " + problems + "\n    in " + shortened(q.sql()));
                }
            }
            // The long tail's miss, once the site is warm (the chrome's lists, bylines and outlets in memory): the
            // article's row, then Related's cards. Imported and translated articles cost no more: their outlet is
            // kept in memory and how the translation was made comes with the row.
            table.append("queries per article page (" + database + ", cache miss on a warm site):\n");
            for (List<String> slugs : warm) {
                for (String first : slugs.subList(0, slugs.size() - 1)) {
                    assertThat(site.get("/article/" + first).statusCode()).isEqualTo(200);
                }
                queries.take();
                String path = "/article/" + slugs.getLast();
                var response = site.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                if (slugs == warm.getLast()) assertThat(response.body()).contains("by machine translation (deepl, quality)");
                List<PageQueries.Query> ran = queries.take();
                table.append(String.format("  %3d  %s%n", ran.size(), path));
                if (ran.isEmpty()) failures.add(path + ": no query seen (was it a cache hit?)");
                if (ran.size() > 2) failures.add(path + ": " + ran.size() + " round trips on a warm site, budget 2: "
                        + starts(ran));
            }
            System.out.print(table);
            assertThat(failures).as("unbounded queries or too many round trips").isEmpty();
        }
    }

    /** Fills the site and returns each page type's address with the round trips it may take on a cache miss. */
    private static Map<String, Integer> pages(TestSite site, Jdbi jdbi, boolean postgres) {
        Clock clock = Clock.systemUTC();
        BulkArticles.generate(site.stores, ARTICLES, clock);
        // comments on many articles, so that table is large too
        List<String> ids = jdbi.withHandle(h -> h.createQuery(
                "SELECT id FROM articles WHERE status = 'published' AND outlet_id IS NULL ORDER BY published_at DESC, id DESC LIMIT 300")
                .mapTo(String.class).list());
        Instant now = clock.instant();
        for (String id : ids) {
            site.stores.comments().add(id, null, "Reader", null, "A comment on " + id, Comment.Status.APPROVED, now);
            site.stores.comments().add(id, null, "Other reader", null, "A reply on " + id, Comment.Status.APPROVED, now);
        }
        // a story of three reports
        String story = "story-plan-test";
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO stories (id, title, created_at, updated_at) VALUES (:id, 'A story', 0, 0)")
                .bind("id", story).execute());
        ArticleWriter writer = new ArticleWriter(jdbi, site.stores.articles(), clock);
        for (String id : ids.subList(0, 3)) jdbi.useTransaction(h -> writer.assignStory(h, id, story));
        // statistics as each database keeps them: PostgreSQL's autovacuum gathers them, a SQLite site never does (no
        // ANALYZE runs there), so SQLite's plans are judged as a site gets them
        if (postgres) jdbi.useHandle(h -> h.execute("ANALYZE"));

        String article = slugOf(jdbi, ids.get(0));
        String imported = jdbi.withHandle(h -> h.createQuery(
                "SELECT slug FROM articles WHERE status = 'published' AND outlet_id IS NOT NULL ORDER BY published_at DESC LIMIT 1")
                .mapTo(String.class).one());
        String author = jdbi.withHandle(h -> h.createQuery("""
                SELECT au.slug FROM authors au JOIN article_authors aa ON aa.author_id = au.id
                GROUP BY au.slug ORDER BY COUNT(*) DESC LIMIT 1""").mapTo(String.class).one());
        String section = jdbi.withHandle(h -> h.createQuery("""
                SELECT s.slug FROM sections s JOIN articles a ON a.section_id = s.id
                GROUP BY s.slug ORDER BY COUNT(*) DESC LIMIT 1""").mapTo(String.class).one());
        String outlet = jdbi.withHandle(h -> h.createQuery("""
                SELECT o.slug FROM outlets o JOIN articles a ON a.outlet_id = o.id
                GROUP BY o.slug ORDER BY COUNT(*) DESC LIMIT 1""").mapTo(String.class).one());

        // a place deep in the section's and the author's lists, for the pages read next to an article ("Older", "Newer")
        String deepInSection = jdbi.withHandle(h -> h.createQuery("""
                SELECT a.id FROM articles a JOIN sections s ON s.id = a.section_id WHERE s.slug = :s AND a.status = 'published'
                ORDER BY a.published_at DESC, a.id DESC LIMIT 1 OFFSET 100""").bind("s", section).mapTo(String.class).one());
        String deepByAuthor = jdbi.withHandle(h -> h.createQuery("""
                SELECT aa.article_id FROM article_authors aa JOIN authors au ON au.id = aa.author_id
                WHERE au.slug = :a AND aa.status = 'published'
                ORDER BY aa.published_at DESC, aa.article_id DESC LIMIT 1 OFFSET 100""").bind("a", author).mapTo(String.class).one());

        Map<String, Integer> pages = new LinkedHashMap<>();
        // the home page: its curation, the newest, one block per section, "also reported", the chrome's ranking
        pages.put("/", 16);
        pages.put("/article/" + article, 6);
        pages.put("/article/" + imported, 6);
        pages.put("/section/" + section, 2);
        pages.put("/section/" + section + "?page=3", 2);
        pages.put("/author/" + author, 4);
        pages.put("/author/" + author + "?page=3", 4);
        // the article's place, then one index range from it
        pages.put("/section/" + section + "?older=" + deepInSection, 3);
        pages.put("/section/" + section + "?newer=" + deepInSection, 3);
        pages.put("/author/" + author + "?older=" + deepByAuthor, 5);
        pages.put("/author/" + author + "?newer=" + deepByAuthor, 5);
        pages.put("/outlet/" + outlet, 2);
        pages.put("/story/" + story, 3);
        // the hits' cards and snippet texts, and the filter form's outlet and author choices (issue 16)
        pages.put("/search?q=coast", 4);
        pages.put("/rss.xml", 3);
        pages.put("/section/" + section + "/atom.xml", 3);
        pages.put("/author/" + author + "/feed.json", 3);
        pages.put("/outlet/" + outlet + "/rss.xml", 3);
        pages.put("/story/" + story + "/rss.xml", 3);
        pages.put("/sitemap.xml", 2);
        pages.put("/sitemaps/articles-1.xml", 2);
        pages.put("/news-sitemap.xml", 2);
        pages.put("/robots.txt", 1);
        return pages;
    }

    /**
     * Three articles with one author and no comments or story, each after the articles that warm its author and
     * outlet (the last of each list is the one measured): a plain one, an imported one and an imported one whose
     * published translation is made here.
     */
    private static List<List<String>> warmMisses(Jdbi jdbi) {
        List<Map<String, Object>> rows = jdbi.withHandle(h -> h.createQuery("""
                SELECT a.id, a.slug, a.outlet_id,
                       (SELECT aa.author_id FROM article_authors aa WHERE aa.article_id = a.id) AS author_id
                FROM articles a WHERE a.status = 'published' AND a.story_id IS NULL
                  AND (SELECT COUNT(*) FROM article_authors aa WHERE aa.article_id = a.id) = 1
                  AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.article_id = a.id)
                  AND NOT EXISTS (SELECT 1 FROM article_translations t WHERE t.article_id = a.id)
                ORDER BY a.published_at, a.id""").mapToMap().list());
        List<List<Map<String, Object>>> plain = new ArrayList<>(), imported = new ArrayList<>();
        for (Map<String, Object> m : rows) {
            if (m.get("author_id") == null) continue;
            List<Map<String, Object>> warmers = new ArrayList<>();
            rows.stream().filter(w -> w != m && m.get("author_id").equals(w.get("author_id"))).findFirst().ifPresent(warmers::add);
            if (m.get("outlet_id") != null) {
                rows.stream().filter(w -> w != m && m.get("outlet_id").equals(w.get("outlet_id"))).findFirst().ifPresent(warmers::add);
            }
            if (warmers.size() < (m.get("outlet_id") == null ? 1 : 2)) continue;
            warmers.add(m);
            (m.get("outlet_id") == null ? plain : imported).add(warmers);
        }
        // none of the three measured may have been shown before it is measured (its page would be a hit)
        List<List<Map<String, Object>>> chosen = new ArrayList<>();
        for (List<List<Map<String, Object>>> kind : List.of(plain, imported, imported)) {
            kind.stream().filter(c -> chosen.stream().noneMatch(o -> o.contains(c.getLast()) || c.contains(o.getLast())))
                    .findFirst().ifPresent(chosen::add);
        }
        assertThat(chosen).as("a plain and two imported articles sharing an author and an outlet with others").hasSize(3);
        Object translated = chosen.get(2).getLast().get("id");
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE articles SET translated = TRUE WHERE id = :id").bind("id", translated).execute();
            h.createUpdate("""
                    INSERT INTO article_translations (article_id, pair, state, source_json, target_json, engine, model, created_at, updated_at)
                    VALUES (:id, 'de-en', 'published', '{}', '{}', 'deepl', 'quality', 0, 0)""").bind("id", translated).execute();
        });
        return chosen.stream()
                .map(list -> list.stream().map(r -> (String) r.get("slug")).toList()).toList();
    }

    /** The first 90 characters of each query, for a failure's message. */
    private static List<String> starts(List<PageQueries.Query> ran) {
        return ran.stream().map(q -> shortened(q.sql())).map(q -> q.substring(0, Math.min(90, q.length()))).toList();
    }

    private static String shortened(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + "…";
    }

    private static String slugOf(Jdbi jdbi, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT slug FROM articles WHERE id = :id").bind("id", id).mapTo(String.class).one());
    }
}
