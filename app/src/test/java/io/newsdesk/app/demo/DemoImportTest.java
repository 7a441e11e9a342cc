package io.newsdesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.demo.outlets.DemoOutletServer;
import io.newsdesk.app.fetch.FetchLimits;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.Pipeline;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.translate.TranslationSetup;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as a newcomer sees it: the built-in outlets on loopback become sources, the importer brings their
 * stories in, the same story from two outlets shows "Also reported by" and a story page, stories in other
 * languages wait for translation, and the admin status page shows every source's health.
 */
class DemoImportTest {
    @TempDir
    Path dir;

    @Test
    void theDemoOutletsAreImportedIntoTheSite() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            DemoOutlets.enable(site.stores, Clock.systemUTC());
            String firstBase;
            try (DemoOutletServer outlets = DemoOutlets.start(site.stores, Clock.systemUTC());
                 Fetcher fetcher = new Fetcher(outlets.trustedBy(testFetching()));
                 Pipeline pipeline = new Pipeline(site.db.jdbi(), fetcher, Clock.systemUTC(), Pipeline.Settings.defaults("en", site.dataDir.resolve("media")),
                         TranslationSetup.memoryOnly((pair, output) -> output, (pair, source, output) -> List.of()),
                         line -> { })) {
                SourceStore sources = new SourceStore(site.db.jdbi());
                assertThat(sources.all()).hasSize(outlets.feedUrls().size());
                pipeline.queueNow(sources.all());
                pipeline.runUntilIdle();

                assertThat(pipeline.counts().failed.get()).isZero();
                assertThat(pipeline.counts().newItems.get()).isEqualTo(outlets.releasedCount());
                // the outlets' photographs are stored by the site: no imported article hot-links its source
                assertThat(pipeline.counts().imagesRefused.get()).isZero();
                int notStored = site.db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM articles a JOIN imported_items i ON i.article_id = a.id
                        WHERE a.image_url IS NULL OR a.image_url NOT LIKE '/media/img/%'""").mapTo(Integer.class).one());
                assertThat(notStored).isZero();
                firstBase = outlets.baseUrl();
            }
            // a restart of the demo serves the same URLs (its port is kept), so its sources are not added again
            try (DemoOutletServer again = DemoOutlets.start(site.stores, Clock.systemUTC())) {
                assertThat(again.feedUrls()).isNotEmpty();
                assertThat(again.baseUrl()).isEqualTo(firstBase);
            }
            assertThat(new SourceStore(site.db.jdbi()).all()).hasSize(7);

            Map<String, Object> held = site.db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) AS n, MIN(hold_reason) AS reason FROM articles WHERE status = 'held'").mapToMap().one());
            assertThat(((Number) held.get("n")).intValue()).isPositive();
            assertThat((String) held.get("reason")).startsWith("awaiting translation from ");
            // the shipped human translations publish some of the Russian and Ukrainian stories
            List<String> translated = site.db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT slug FROM articles WHERE translated = TRUE AND status = 'published'
                    AND id IN (SELECT article_id FROM imported_items)""").mapTo(String.class).list());
            assertThat(translated).isNotEmpty();
            Document translatedPage = Jsoup.parse(site.get("/article/" + translated.get(0)).body());
            assertThat(translatedPage.select("article header .translation-notice").text())
                    .matches("Translated from (Russian|Ukrainian) with translations approved by our editors\\. Read the original at .+");
            // its first publication in translation is not an update
            assertThat(translatedPage.select(".byline").text()).doesNotContain("Updated");
            assertThat(translatedPage.select("h1").text()).doesNotContainPattern("\\p{IsCyrillic}");

            // a story told by two outlets
            List<String> story = site.db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT a.slug FROM articles a WHERE a.story_id = (
                        SELECT story_id FROM articles WHERE story_id IS NOT NULL GROUP BY story_id
                        HAVING COUNT(DISTINCT outlet_id) >= 2 ORDER BY story_id LIMIT 1) ORDER BY a.published_at""")
                    .mapTo(String.class).list());
            assertThat(story).hasSizeGreaterThanOrEqualTo(2);
            Document first = Jsoup.parse(site.get("/article/" + story.get(0)).body());
            var also = first.selectFirst("aside.also-reported");
            assertThat(also).as("Also reported by").isNotNull();
            assertThat(also.select("li a").eachAttr("href")).contains("/article/" + story.get(1));
            assertThat(also.selectFirst("li .outlet").text()).isNotBlank();
            String storyUrl = also.select("p a").attr("href");
            Document storyPage = Jsoup.parse(site.get(storyUrl).body());
            for (String slug : story) assertThat(storyPage.select("a[href=/article/" + slug + "]")).isNotEmpty();

            // the imported text is clean: no boilerplate of the outlets' pages
            String body = first.select("article .body").text();
            assertThat(body).isNotBlank().doesNotContain("{").doesNotContainIgnoringCase("cookie")
                    .doesNotContainIgnoringCase("newsletter").doesNotContainIgnoringCase("sponsored");

            String cookie = site.adminCookie();
            assertThat(site.get("/admin/status").statusCode()).isEqualTo(303);
            Document status = Jsoup.parse(site.get("/admin/status", "Cookie", cookie).body());
            assertThat(status.select("section.source-status")).hasSize(7);
            assertThat(status.text()).contains("Harbour Wire").contains("Articles imported").contains("Queue:")
                    .contains("Recent fetches");
        }
    }

    static FetcherConfig testFetching() {
        return FetcherConfig.defaults("https://example.org/contact")
                .withLimits(FetchLimits.DEFAULTS.withTotalTimeout(Duration.ofSeconds(5))).withMinHostDelay(Duration.ZERO);
    }

    /**
     * Issue 18.1: with the demo outlets running, the importer reads them and nothing else on loopback. A source
     * on another loopback port (an internal-only service) is refused with the reason, and never requested.
     */
    @Test
    void theDemoOutletsOpenOnlyTheirOwnServerNotOtherLoopbackServices() throws Exception {
        HttpServer internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger internalHits = new AtomicInteger();
        internal.createContext("/", ex -> {
            internalHits.incrementAndGet();
            byte[] rss = ("<rss version=\"2.0\"><channel><title>Internal</title><item><title>Internal secret</title>"
                    + "<link>http://127.0.0.1:" + ex.getLocalAddress().getPort() + "/page/1.html</link></item></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, rss.length);
            try (ex) {
                ex.getResponseBody().write(rss);
            }
        });
        internal.start();
        try (TestSite site = TestSite.withDemo(dir)) {
            DemoOutlets.enable(site.stores, Clock.systemUTC());
            SourceStore sources = new SourceStore(site.db.jdbi());
            String internalFeed = "http://127.0.0.1:" + internal.getAddress().getPort() + "/internal.xml";
            try (DemoOutletServer outlets = DemoOutlets.start(site.stores, Clock.systemUTC());
                 Fetcher fetcher = new Fetcher(outlets.trustedBy(testFetching()));
                 Pipeline pipeline = new Pipeline(site.db.jdbi(), fetcher, Clock.systemUTC(), Pipeline.Settings.defaults("en", site.dataDir.resolve("media")),
                         TranslationSetup.memoryOnly((pair, output) -> output, (pair, source, output) -> List.of()),
                         line -> { })) {
                sources.add(NewSource.of(internalFeed, SourceKind.RSS, "Internal"));
                pipeline.queueNow(sources.all());
                pipeline.runUntilIdle();

                assertThat(pipeline.counts().newItems.get()).isEqualTo(outlets.releasedCount());
            }
            assertThat(internalHits.get()).isZero();
            Source refused = sources.byUrl(internalFeed).orElseThrow();
            assertThat(refused.lastError()).contains("loopback");
            assertThat(site.get("/search?q=secret").body()).doesNotContain("Internal secret");
            int leaked = site.db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM articles WHERE title LIKE '%Internal secret%'").mapTo(Integer.class).one());
            assertThat(leaked).isZero();
        } finally {
            internal.stop(0);
        }
    }
}
