package io.newsdesk.app.admin;

import static io.newsdesk.app.TestSite.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, editing sources in the browser: policy, rules and hints; OPML export and import round trip; the dashboard's last errors. */
class SourceEditFlowTest {
    static final String PASSWORD = "river otter lantern 42";

    @TempDir
    Path dir;
    @TempDir
    Path otherDir;

    private static String editForm(String csrf, String policy, String interval, String rules, String body) {
        return "csrf=" + csrf + "&policy=" + policy + "&interval=" + enc(interval) + "&language=de&section=world&section_rules=" + enc(rules)
                + "&translate=yes&body_selector=" + enc(body) + "&remove_selectors=" + enc(".share, aside") + "&link_selector=";
    }

    @Test
    void anEditorEditsASourceAndItsOpmlExportImportsBackToTheSameSources() throws Exception {
        String exported;
        Source edited;
        try (TestSite site = TestSite.withDemo(dir)) {
            SourceStore store = new SourceStore(site.stores.jdbi());
            Source s = store.add(NewSource.of("https://harbour.example/feed.xml", SourceKind.RSS, "Harbour <b>Chronicle</b>"));
            store.add(NewSource.of("https://quay.example/atom", SourceKind.ATOM, "Quay Post"));
            site.createUser("ed", Role.EDITOR, PASSWORD);
            String cookie = site.loginCookie("ed", PASSWORD);
            String csrf = site.adminCsrf(cookie);
            assertThat(Jsoup.parse(site.get("/admin/sources", "Cookie", cookie).body()).select("a[href=/admin/sources/" + s.id() + "/edit]"))
                    .hasSize(1);

            String rules = "[{\"category\":\"Politics\",\"section\":\"politics\"},{\"urlPattern\":\"/sport/\",\"section\":\"sport\"}]";
            HttpResponse<String> saved = site.postForm("/admin/sources/" + s.id() + "/save", editForm(csrf, "full-text", "1800", rules, "article .body"),
                    "Cookie", cookie);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
            edited = store.byId(s.id()).orElseThrow();
            assertThat(edited.policy()).isEqualTo(ContentPolicy.FULL_TEXT);
            assertThat(edited.fetchIntervalSeconds()).isEqualTo(1800);
            assertThat(edited.language()).isEqualTo("de");
            assertThat(store.sectionSlug(edited.defaultSectionId())).isEqualTo("world");
            assertThat(edited.sectionRules()).contains("politics").contains("/sport/");
            assertThat(edited.bodySelector()).isEqualTo("article .body");
            assertThat(edited.removeSelectors()).isEqualTo(".share, aside");
            var audit = new AuditLog(site.stores.jdbi(), Clock.systemUTC()).find(new AuditLog.Filter(null, "source.changed", null, null), 5);
            assertThat(audit).hasSize(1);
            assertThat(audit.getFirst().before()).contains("excerpt").contains("900");
            assertThat(audit.getFirst().after()).contains("full-text").contains("1800").contains("article .body");

            // bad rules, a short interval, a broken selector: refused with the reason, the typed form kept, nothing saved
            for (String[] bad : List.of(new String[] {"1800", "[{\"section\":\"x\"}]", "p", "exactly one of"},
                    new String[] {"30", "", "p", "at least 60"},
                    new String[] {"1800", "", "div[[", "not a CSS selector"},
                    new String[] {"soon", "", "p", "number of seconds"})) {
                HttpResponse<String> refused = site.postForm("/admin/sources/" + s.id() + "/save", editForm(csrf, "excerpt", bad[0], bad[1], bad[2]),
                        "Cookie", cookie);
                assertThat(refused.statusCode()).isEqualTo(400);
                Document page = Jsoup.parse(refused.body());
                assertThat(page.select(".form-error").text()).contains(bad[3]);
                assertThat(page.selectFirst("input[name=interval]").val()).isEqualTo(bad[0]);
                assertThat(page.selectFirst("textarea[name=section_rules]").text()).isEqualTo(bad[1]);
                assertThat(page.selectFirst("input[name=body_selector]").val()).isEqualTo(bad[2]);
            }
            assertThat(store.byId(s.id()).orElseThrow()).isEqualTo(edited);

            // the export is a download of valid OPML carrying what was edited
            HttpResponse<String> export = site.get("/admin/sources/opml/export", "Cookie", cookie);
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
            exported = export.body();
            assertThat(exported).contains("<opml").contains("harbour.example").contains("article .body");
        }
        // imported on another site through the form: the same sources with the same settings
        try (TestSite other = TestSite.withDemo(otherDir)) {
            String cookie = other.adminCookie();
            String csrf = other.adminCsrf(cookie);
            HttpResponse<String> imported = other.postForm("/admin/sources/opml/import", "csrf=" + csrf + "&opml=" + enc(exported),
                    "Cookie", cookie);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(Jsoup.parse(imported.body()).select(".opml-added li")).hasSize(2);
            SourceStore store = new SourceStore(other.stores.jdbi());
            Source copy = store.byUrl("https://harbour.example/feed.xml").orElseThrow();
            assertThat(copy.policy()).isEqualTo(edited.policy());
            assertThat(copy.fetchIntervalSeconds()).isEqualTo(edited.fetchIntervalSeconds());
            assertThat(copy.language()).isEqualTo(edited.language());
            assertThat(copy.sectionRules()).isEqualTo(edited.sectionRules());
            assertThat(copy.bodySelector()).isEqualTo(edited.bodySelector());
            assertThat(copy.removeSelectors()).isEqualTo(edited.removeSelectors());
            assertThat(store.sectionSlug(copy.defaultSectionId())).isEqualTo("world");
            assertThat(store.outletName(copy.outletId())).doesNotContain("<b>");
            // once more: nothing new, each entry left out with its reason
            HttpResponse<String> again = other.postForm("/admin/sources/opml/import", "csrf=" + csrf + "&opml=" + enc(exported), "Cookie", cookie);
            assertThat(Jsoup.parse(again.body()).select(".opml-skipped li")).hasSize(2);
            // a hostile document is refused with a message and kept in the form
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body>&x;</body></opml>";
            HttpResponse<String> refused = other.postForm("/admin/sources/opml/import", "csrf=" + csrf + "&opml=" + enc(xxe), "Cookie", cookie);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select(".form-error").text()).contains("DOCTYPE");
            assertThat(Jsoup.parse(refused.body()).selectFirst("textarea[name=opml]").text()).isEqualTo(xxe);
            assertThat(new AuditLog(other.stores.jdbi(), Clock.systemUTC()).find(new AuditLog.Filter(null, "source.imported", null, null), 5))
                    .hasSize(2);
        }
    }

    @Test
    void theDashboardShowsTodaysArticlesAndTheLastErrorsWithTheirReasons() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            JobQueue queue = new JobQueue(site.stores.jdbi());
            queue.enqueue("item", "item:https://harbour.example/a/9", "{}", java.time.Instant.now(), 1);
            var job = queue.claim("test", List.of("item"), Duration.ofMinutes(1), 1).getFirst();
            queue.failPermanently(job, "test", "HTTP 410 from harbour.example <script>x</script>");
            String cookie = site.adminCookie();
            Document d = Jsoup.parse(site.get("/admin", "Cookie", cookie).body());
            assertThat(d.select(".counts li").text()).contains("Articles published today");
            assertThat(d.select(".last-errors li").text()).contains("item:https://harbour.example/a/9").contains("HTTP 410 from harbour.example <script>x</script>");
            assertThat(d.select("main script")).isEmpty();
            // an author does not see the import's errors
            site.createUser("au", Role.AUTHOR, PASSWORD);
            assertThat(Jsoup.parse(site.get("/admin", "Cookie", site.loginCookie("au", PASSWORD)).body()).select(".last-errors")).isEmpty();
        }
    }
}
