package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceStatus;
import io.newsdesk.app.ingest.sources.SourceStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, /admin/sources over real HTTP, with a feed served on loopback: add, list, pause, resume, remove, refusals. */
class SourcesFlowTest {
    static final String PASSWORD = "river otter lantern 42";
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour Chronicle - RSS Feed</title><link>https://harbour.example/</link>
            <item><title>Ferry timetable changes</title><link>https://harbour.example/a/1</link></item>
            <item><title>&lt;b&gt;Quay&lt;/b&gt; repairs &lt;script&gt;alert(1)&lt;/script&gt;begin</title><link>https://harbour.example/a/2</link></item>
            </channel></rss>""";

    @TempDir
    Path dir;
    HttpServer web;

    @BeforeEach
    void serveFeed() throws Exception {
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", ex -> {
            try (ex) {
                boolean feed = ex.getRequestURI().getPath().equals("/feed.xml");
                byte[] body = (feed ? RSS : "not found").getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", feed ? "application/rss+xml" : "text/plain");
                ex.sendResponseHeaders(feed ? 200 : 404, body.length);
                ex.getResponseBody().write(body);
            }
        });
        web.start();
    }

    @AfterEach
    void stop() {
        web.stop(0);
    }

    String feedUrl(String path) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + path;
    }

    private static void assertSeeOther(HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(303);
        assertThat(res.headers().firstValue("Location").orElseThrow()).startsWith("/admin/sources?done=");
    }

    private static List<AuditLog.Entry> audit(TestSite site) {
        return new AuditLog(site.stores.jdbi(), java.time.Clock.systemUTC()).find(new AuditLog.Filter(null, null, null, null), 100);
    }

    private static String error(HttpResponse<String> res) {
        return Jsoup.parse(res.body()).select(".form-error").text();
    }

    @Test
    void anEditorAddsPausesResumesAndRemovesASource() throws Exception {
        FetcherConfig fetching = FetcherConfig.fromEnvironment(Map.of(), false).withTrustedOrigin(feedUrl("/"));
        try (TestSite site = TestSite.withDemo(dir, fetching)) {
            SourceStore sources = new SourceStore(site.stores.jdbi());
            int before = sources.all().size();
            site.createUser("eda", Role.EDITOR, PASSWORD);
            String cookie = site.loginCookie("eda", PASSWORD);
            String csrf = site.adminCsrf(cookie);
            String section = site.stores.sections().all().get(0).slug();

            // add: the kind detected, the outlet named by the feed's title, the chosen section and policy kept
            assertSeeOther(site.postForm("/admin/sources/add", "csrf=" + csrf + "&url=" + TestSite.enc(feedUrl("/feed.xml?utm_source=x"))
                    + "&section=" + section + "&policy=full-text", "Cookie", cookie));
            Source s = sources.byUrl(feedUrl("/feed.xml")).orElseThrow();
            assertThat(s.url()).isEqualTo(feedUrl("/feed.xml"));
            assertThat(s.kind().label()).isEqualTo("rss");
            assertThat(sources.outletName(s.outletId())).isEqualTo("Harbour Chronicle");
            assertThat(sources.sectionSlug(s.defaultSectionId())).isEqualTo(section);
            assertThat(s.policy().label()).isEqualTo("full-text");
            var row = Jsoup.parse(site.get("/admin/sources", "Cookie", cookie).body()).selectFirst("#source-" + s.id());
            assertThat(row.text()).contains("Harbour Chronicle", feedUrl("/feed.xml"), "active", "as soon as possible");

            // the same feed again: 400, nothing added
            HttpResponse<String> again = site.postForm("/admin/sources/add", "csrf=" + csrf + "&url=" + TestSite.enc(feedUrl("/feed.xml")),
                    "Cookie", cookie);
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(error(again)).contains("already a source");

            // pause, then resume
            assertSeeOther(site.postForm("/admin/sources/" + s.id() + "/pause", "csrf=" + csrf, "Cookie", cookie));
            assertThat(sources.byId(s.id()).orElseThrow().status()).isEqualTo(SourceStatus.PAUSED);
            assertThat(Jsoup.parse(site.get("/admin/sources", "Cookie", cookie).body()).selectFirst("#source-" + s.id()).text())
                    .contains("paused by eda").contains("Resume");
            assertSeeOther(site.postForm("/admin/sources/" + s.id() + "/resume", "csrf=" + csrf, "Cookie", cookie));
            assertThat(sources.byId(s.id()).orElseThrow().status()).isEqualTo(SourceStatus.ACTIVE);

            // remove: refused without the confirmation, done with it
            HttpResponse<String> unconfirmed = site.postForm("/admin/sources/" + s.id() + "/remove", "csrf=" + csrf, "Cookie", cookie);
            assertThat(unconfirmed.statusCode()).isEqualTo(400);
            assertThat(sources.byId(s.id())).isPresent();
            assertSeeOther(site.postForm("/admin/sources/" + s.id() + "/remove", "csrf=" + csrf + "&confirm=yes", "Cookie", cookie));
            assertThat(sources.byId(s.id())).isEmpty();
            assertThat(sources.all()).hasSize(before);

            // every change audited with its before and after
            List<AuditLog.Entry> entries = audit(site).stream().filter(e -> e.action().startsWith("source.")).toList();
            assertThat(entries).extracting(AuditLog.Entry::action)
                    .containsExactlyInAnyOrder("source.added", "source.paused", "source.resumed", "source.removed");
            AuditLog.Entry added = entries.stream().filter(e -> e.action().equals("source.added")).findFirst().orElseThrow();
            assertThat(added.userName()).isEqualTo("eda");
            assertThat(added.after()).contains("Harbour Chronicle", "rss", section);
            AuditLog.Entry paused = entries.stream().filter(e -> e.action().equals("source.paused")).findFirst().orElseThrow();
            assertThat(paused.before()).contains("active");
            assertThat(paused.after()).contains("paused");
        }
    }

    @Test
    void aPreviewShowsTheFeedsFirstTitlesAndSavesNothingUntilAdded() throws Exception {
        FetcherConfig fetching = FetcherConfig.fromEnvironment(Map.of(), false).withTrustedOrigin(feedUrl("/"));
        try (TestSite site = TestSite.withDemo(dir, fetching)) {
            SourceStore sources = new SourceStore(site.stores.jdbi());
            String cookie = site.adminCookie();
            String csrf = site.adminCsrf(cookie);
            String section = site.stores.sections().all().get(1).slug();
            HttpResponse<String> res = site.postForm("/admin/sources/preview", "csrf=" + csrf + "&url=" + TestSite.enc(feedUrl("/feed.xml"))
                    + "&section=" + section + "&policy=excerpt", "Cookie", cookie);
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            var preview = Jsoup.parse(res.body()).selectFirst("#source-preview");
            assertThat(preview.selectFirst("h3").text()).contains("Harbour Chronicle", "rss");
            assertThat(preview.select(".preview-titles li").eachText()).containsExactly("Ferry timetable changes", "Quay repairs begin");
            assertThat(preview.html()).doesNotContain("<b>", "&lt;b&gt;", "script");
            // the first item's page is read too; this one cannot be (no such host here), and the preview says so
            assertThat(preview.selectFirst(".preview-sample").text()).contains("https://harbour.example/a/1", "Could not read it");
            assertThat(sources.byUrl(feedUrl("/feed.xml"))).isEmpty();

            // its Add button carries the address and the choices made
            var form = preview.selectFirst("form[action=/admin/sources/add]");
            StringBuilder body = new StringBuilder();
            for (var input : form.select("input")) body.append('&').append(input.attr("name")).append('=').append(TestSite.enc(input.val()));
            assertSeeOther(site.postForm("/admin/sources/add", body.substring(1), "Cookie", cookie));
            Source s = sources.byUrl(feedUrl("/feed.xml")).orElseThrow();
            assertThat(sources.sectionSlug(s.defaultSectionId())).isEqualTo(section);
            assertThat(s.policy().label()).isEqualTo("excerpt");

            // a preview of a bad address: 400 with the reason
            HttpResponse<String> bad = site.postForm("/admin/sources/preview", "csrf=" + csrf + "&url=" + TestSite.enc(feedUrl("/missing.xml")),
                    "Cookie", cookie);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(error(bad)).contains("cannot fetch");
        }
    }

    @Test
    void badAddressesAre400sAndAddNothing() throws Exception {
        // the default fetcher: loopback is a private address, refused
        try (TestSite site = TestSite.withDemo(dir)) {
            SourceStore sources = new SourceStore(site.stores.jdbi());
            int before = sources.all().size();
            String cookie = site.adminCookie();
            String csrf = site.adminCsrf(cookie);
            for (String url : List.of("not a url", "ftp://files.example/feed", "", feedUrl("/feed.xml"))) {
                HttpResponse<String> res = site.postForm("/admin/sources/add", "csrf=" + csrf + "&url=" + TestSite.enc(url), "Cookie", cookie);
                assertThat(res.statusCode()).as(url).isEqualTo(400);
                assertThat(error(res)).as(url).isNotBlank();
            }
            HttpResponse<String> loopback = site.postForm("/admin/sources/add", "csrf=" + csrf + "&url=" + TestSite.enc(feedUrl("/feed.xml")),
                    "Cookie", cookie);
            assertThat(error(loopback)).contains("cannot fetch");
            // what was typed stays in the form
            assertThat(Jsoup.parse(loopback.body()).selectFirst("input[name=url]").val()).isEqualTo(feedUrl("/feed.xml"));
            assertThat(sources.all()).hasSize(before);
            assertThat(audit(site)).noneMatch(e -> e.action().startsWith("source."));
        }
    }

    @Test
    void unreachableAndMissingFeedsAre400sWhenLoopbackIsAllowed() throws Exception {
        FetcherConfig fetching = FetcherConfig.fromEnvironment(Map.of(), true);
        try (TestSite site = TestSite.withDemo(dir, fetching)) {
            SourceStore sources = new SourceStore(site.stores.jdbi());
            int before = sources.all().size();
            String cookie = site.adminCookie();
            String csrf = site.adminCsrf(cookie);
            int closedPort;
            try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = socket.getLocalPort();
            }
            for (String url : List.of(feedUrl("/missing.xml"), "http://127.0.0.1:" + closedPort + "/feed.xml")) {
                HttpResponse<String> res = site.postForm("/admin/sources/add", "csrf=" + csrf + "&url=" + TestSite.enc(url), "Cookie", cookie);
                assertThat(res.statusCode()).as(url).isEqualTo(400);
                assertThat(error(res)).as(url).contains("127.0.0.1");
            }
            assertThat(sources.all()).hasSize(before);
        }
    }

    @Test
    void aModeratorCannotOpenOrChangeSources() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.createUser("mo", Role.MODERATOR, PASSWORD);
            String cookie = site.loginCookie("mo", PASSWORD);
            String csrf = site.adminCsrf(cookie);
            assertThat(site.get("/admin/sources", "Cookie", cookie).statusCode()).isEqualTo(403);
            assertThat(site.postForm("/admin/sources/add", "csrf=" + csrf + "&url=" + TestSite.enc("https://a.example/feed"),
                    "Cookie", cookie).statusCode()).isEqualTo(403);
            assertThat(Jsoup.parse(site.get("/admin", "Cookie", cookie).body()).select("a[href=/admin/sources]")).isEmpty();
        }
    }
}
