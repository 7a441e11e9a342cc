package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.demo.BulkArticles;
import io.newsdesk.app.site.PageQueries;
import io.newsdesk.app.store.NewsroomPage;
import io.newsdesk.app.store.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17 for the newsroom: the admin pages an editor opens all day (the article list and its filters, a page deep in
 * it, the dashboard, authors, sections, the review queue, comments, the status page, the audit log) read index ranges bounded by
 * their LIMIT or count up to a cap, judged by the reader pages' rules ({@link PageQueries}) on a generated site. The
 * title search is a substring match in a stretch of the list that ends at a row found by one index walk up to its
 * LIMIT (its bound is {@code NewsroomListTest}'s to show: these rules take a walk with a LIMIT for bounded).
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class NewsroomQueryPlanTest {
    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    @Test
    void everyNewsroomPageQueryReadsAnIndexRangeOrCountsUpToItsCap() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, database)) {
            Jdbi jdbi = site.db.jdbi();
            boolean postgres = database == TestDatabase.POSTGRESQL;
            BulkArticles.generate(site.stores, 1_200, Clock.systemUTC());
            if (postgres) jdbi.useHandle(h -> h.execute("ANALYZE"));
            String cookie = site.adminCookie();
            String section = jdbi.withHandle(h -> h.createQuery("SELECT section_id FROM articles GROUP BY section_id ORDER BY COUNT(*) DESC LIMIT 1")
                    .mapTo(String.class).one());
            String outlet = jdbi.withHandle(h -> h.createQuery("SELECT outlet_id FROM articles WHERE outlet_id IS NOT NULL LIMIT 1")
                    .mapTo(String.class).one());
            String author = jdbi.withHandle(h -> h.createQuery("SELECT name FROM authors ORDER BY name LIMIT 1").mapTo(String.class).one())
                    .replace(' ', '+');
            String deep = jdbi.withHandle(h -> h.createQuery("SELECT changed_at || '.' || id FROM articles ORDER BY changed_at DESC, id DESC LIMIT 1 OFFSET 1100")
                    .mapTo(String.class).one());

            List<String> pages = List.of("/admin", "/admin/articles", "/admin/articles?status=published", "/admin/articles?section=" + section,
                    "/admin/articles?outlet=" + outlet, "/admin/articles?language=en", "/admin/articles?status=review",
                    "/admin/articles?page=" + NewsroomPage.LAST_NUMBERED, "/admin/articles?older=" + deep, "/admin/articles?newer=" + deep,
                    "/admin/articles?status=published&section=" + section + "&older=" + deep,
                    "/admin/articles?author=" + author, "/admin/articles?author=" + author + "&status=draft",
                    "/admin/articles?author=" + author + "&older=" + deep,
                    "/admin/articles?q=harbour", "/admin/articles?q=harbour&status=published&older=" + deep,
                    "/admin/articles?q=harbour&newer=" + deep, "/admin/articles?q=harbour&author=" + author,
                    "/admin/authors", "/admin/sections", "/admin/review", "/admin/comments", "/admin/status",
                    "/admin/audit", "/admin/audit?user=ADMIN", "/admin/audit?action=login", "/admin/audit?from=2026-01-01");
            PageQueries queries = new PageQueries(postgres, Thread::isVirtual);
            jdbi.setSqlLogger(queries);
            List<String> failures = new ArrayList<>();
            for (String page : pages) {
                queries.take();
                var response = site.get(page, "Cookie", cookie);
                assertThat(response.statusCode()).as(page).isEqualTo(200);
                List<PageQueries.Query> ran = queries.take();
                if (ran.isEmpty()) failures.add(page + ": no query seen");
                for (PageQueries.Query q : ran) {
                    List<String> problems = q.problems(postgres);
                    if (!problems.isEmpty()) failures.add(page + ": " + problems + "\n    in " + q.sql().replaceAll("\\s+", " "));
                }
            }
            assertThat(failures).as("unbounded queries").isEmpty();
        }
    }
}
