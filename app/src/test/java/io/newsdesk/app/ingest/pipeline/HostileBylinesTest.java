package io.newsdesk.app.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.util.Html;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 (also seen): an outlet on 127.0.0.1 whose article pages put markup, addresses, template and object
 * strings and digits in the author meta tag. After a full-text import only the plausible names have author rows
 * and pages; every article is still imported, and no junk byline reaches an article page or the site's feeds.
 */
class HostileBylinesTest {
    @TempDir
    Path dir;

    /** What outlets put in an author meta tag instead of a name, and what of each must never be shown. */
    private static final Map<String, String> JUNK = Map.of(
            "<img src=x onerror=alert(1)>", "onerror", "</span><div class=\"byline-junk\">", "byline-junk", "{{ author.name }}", "author.name",
            "[object Object]", "[object", "info@outlet-junk.example", "outlet-junk", "name=author_1", "author_1",
            "www.junk-outlet.com", "junk-outlet", "31415926535", "31415926535");
    private static final List<String> NAMES = List.of("Jane Roe", "Олена Коваль");
    /** The names as the English site shows them (a Cyrillic name in Latin letters). */
    private static final List<String> SHOWN = List.of("Jane Roe", "Olena Koval");

    @Test
    void onlyPlausibleNamesBecomeAuthorPages() throws Exception {
        List<String> bylines = new ArrayList<>(JUNK.keySet());
        bylines.addAll(NAMES);
        String[] subjects = {"Harbour bridge", "City library", "Tram line", "Science museum", "Night market", "Airport hotel",
                "River ferry", "Old castle", "Town stadium", "Public garden"};
        try (FixtureWeb web = new FixtureWeb()) {
            List<Outlets.Entry> entries = new ArrayList<>();
            for (int i = 0; i < bylines.size(); i++) {
                String title = subjects[i] + " reopens after repairs";
                web.put("/b/" + i, "text/html; charset=utf-8", Outlets.page("en", title, Outlets.paragraphs(title))
                        .replace("<head>", "<head><meta name=\"author\" content=\"" + Html.escape(bylines.get(i)) + "\">"));
                entries.add(new Outlets.Entry(title, web.url("/b/" + i), "b-" + i, "Mon, 01 Jun 2026 10:%02d:00 GMT".formatted(i)));
            }
            web.put("/feed.xml", "application/rss+xml", Outlets.rss("Byline Outlet", entries));
            CommandLineImport.once(dir, NewSource.of(web.url("/feed.xml"), SourceKind.RSS, "Byline Outlet").withPolicy(ContentPolicy.FULL_TEXT));
        }
        try (TestSite site = TestSite.empty(dir, "")) {
            var jdbi = site.db.jdbi();
            int articles = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Integer.class).one());
            assertThat(articles).as("a junk byline costs its author, never the article").isEqualTo(bylines.size());
            List<String> authors = jdbi.withHandle(h -> h.createQuery("SELECT name FROM authors").mapTo(String.class).list());
            assertThat(authors).containsExactlyInAnyOrderElementsOf(SHOWN);
            List<String> documents = new ArrayList<>(List.of("/", "/rss.xml", "/atom.xml", "/feed.json", "/sitemap.xml"));
            documents.addAll(jdbi.withHandle(h -> h.createQuery("SELECT '/article/' || slug FROM articles").mapTo(String.class).list()));
            documents.addAll(jdbi.withHandle(h -> h.createQuery("SELECT '/author/' || slug FROM authors").mapTo(String.class).list()));
            for (String path : documents) {
                HttpResponse<String> r = site.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                for (String shown : JUNK.values()) assertThat(r.body()).as(path).doesNotContain(shown);
            }
        }
    }
}
