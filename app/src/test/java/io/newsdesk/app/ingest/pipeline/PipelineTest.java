package io.newsdesk.app.ingest.pipeline;

import static io.newsdesk.app.ingest.pipeline.Outlets.page;
import static io.newsdesk.app.ingest.pipeline.Outlets.paragraphs;
import static io.newsdesk.app.ingest.pipeline.Outlets.rss;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.fetch.FetchLimits;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.fetch.RetryPolicy;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStatus;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.translate.TranslationSetup;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import pipeline end to end: real SQLite and PostgreSQL, real HTTP outlets on 127.0.0.1, hostile ones among them. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PipelineTest {
    @Parameter
    TestDatabase database;

    private static final String XML = "application/rss+xml; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";

    @TempDir
    Path dir;
    private FixtureWeb web;
    private Database db;
    private SourceStore sources;
    private final List<String> events = new ArrayList<>();
    private int pauseAfter = 8;
    private TranslationSetup translation = TranslationSetup.memoryOnly((pair, output) -> output, (pair, source, output) -> List.of());

    @BeforeEach
    void setUp() throws Exception {
        web = new FixtureWeb();
        db = database.fresh(dir).open();
        Stores stores = Stores.over(db.jdbi());
        stores.sections().create("world", "World", null, 1);
        stores.sections().create("politics", "Politics", null, 2);
        sources = new SourceStore(db.jdbi());
        io.newsdesk.app.content.ArticleEvents.of(db.jdbi())
                .subscribe(c -> { if (c.visible()) pagesChanged.incrementAndGet(); });
    }

    @AfterEach
    void tearDown() {
        db.close();
        web.close();
    }

    static FetcherConfig testFetcher() {
        return FetcherConfig.defaults("https://example.org/contact")
                .withLimits(FetchLimits.DEFAULTS.withConnectTimeout(Duration.ofSeconds(2)).withTotalTimeout(Duration.ofSeconds(4))
                        .withMaxBodyBytes(1 << 20))
                .withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(2)))
                .withMinHostDelay(Duration.ZERO)
                .withAllowPrivateNetworks(true);
    }

    /** How often the pipeline told the site that pages readers see changed. */
    /** The article changes readers can see, as the site's page cache hears them. */
    private final java.util.concurrent.atomic.AtomicInteger pagesChanged = new java.util.concurrent.atomic.AtomicInteger();

    private ImportCounts importOnce() throws InterruptedException {
        try (Fetcher fetcher = new Fetcher(testFetcher());
             Pipeline p = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), new Pipeline.Settings(2, pauseAfter, "en"), translation,
                     events::add)) {
            p.queueNow(sources.all().stream().filter(s -> s.status() == SourceStatus.ACTIVE).toList());
            p.runUntilIdle();
            return p.counts();
        }
    }

    private Source source(String path, ContentPolicy policy, String language, boolean translate, String rules) {
        return sources.add(new NewSource(web.url(path), SourceKind.RSS, "Outlet " + path.split("/")[1], null, null, language,
                "world", rules, null, policy, translate, null, null, null));
    }

    private Source fullText(String path) {
        return source(path, ContentPolicy.FULL_TEXT, "en", true, null);
    }

    private Outlets.Entry story(String outlet, int n, String title) {
        web.put("/" + outlet + "/news/" + n, HTML, page("en", title, paragraphs(title)));
        return new Outlets.Entry(title, web.url("/" + outlet + "/news/" + n), outlet + "-" + n, "Mon, 0" + n + " Jun 2026 10:00:00 GMT");
    }

    private record Row(String id, String slug, String title, String bodyText, String excerpt, String status, String section,
            String language, String holdReason, String originalUrl) {}

    private List<Row> articles() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT a.id, a.slug, a.title, a.body_text, a.excerpt, a.status, s.slug, a.language, a.hold_reason, a.original_url
                        FROM articles a JOIN sections s ON s.id = a.section_id ORDER BY a.original_url""")
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)))
                .list());
    }

    private int count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** Issue 13: a fresh site (no demo, no sections) imports from its first source into a default "News" section. */
    @Test
    void aSiteWithoutSectionsFilesImportsInADefaultSection() throws Exception {
        db.jdbi().useHandle(h -> h.execute("DELETE FROM sections"));
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(story("a", 1, "Harbour bridge reopens after repairs"),
                story("a", 2, "Council approves the new budget"))));
        sources.add(NewSource.of(web.url("/a/feed.xml"), SourceKind.RSS, "Outlet A").withLanguage("en")
                .withPolicy(ContentPolicy.FULL_TEXT));

        assertThat(importOnce().summary()).isEqualTo("imported: 2 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(articles()).extracting(Row::section).containsOnly("news");
        assertThat(count("SELECT COUNT(*) FROM sections")).isEqualTo(1);
    }

    @Test
    void fullTextArticlesAreStoredCleanOnceAndTheNextFetchIsConditional() throws Exception {
        List<Outlets.Entry> entries = List.of(story("a", 1, "Harbour bridge reopens after repairs"),
                story("a", 2, "Council approves the new budget"), story("a", 3, "Rain expected across the region"));
        web.put("/a/feed.xml", XML, rss("Outlet A", entries));
        fullText("/a/feed.xml");

        assertThat(importOnce().summary()).isEqualTo("imported: 3 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(pagesChanged.get()).as("once per published article, after its commit").isEqualTo(3);
        List<Row> rows = articles();
        assertThat(rows).extracting(Row::title).containsExactly("Harbour bridge reopens after repairs",
                "Council approves the new budget", "Rain expected across the region");
        for (Row r : rows) {
            assertThat(r.status()).isEqualTo("published");
            assertThat(r.language()).isEqualTo("en");
            assertThat(r.bodyText()).contains("was confirmed on Monday").contains("A spokesperson said")
                    .doesNotContain("{").doesNotContain("font-family").doesNotContain("Sponsored")
                    .doesNotContain("Leave a comment").doesNotContain("Other news of the day").doesNotContain("Share on");
            assertThat(r.excerpt()).isNotBlank().doesNotContain("{").doesNotContain("<");
        }

        ImportCounts second = importOnce();
        assertThat(second.summary()).isEqualTo("imported: 0 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(pagesChanged.get()).as("nothing changed").isEqualTo(3);
        assertThat(events).anyMatch(e -> e.endsWith("/a/feed.xml: not modified"));
        assertThat(web.count("/a/news/1")).isEqualTo(1);
        assertThat(articles()).hasSize(3);
    }

    @Test
    void aChangedEntryUpdatesItsArticleAndKeepsTheEarlierVersion() throws Exception {
        Outlets.Entry e = story("a", 1, "Harbour bridge reopens after repairs");
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(e)));
        fullText("/a/feed.xml");
        importOnce();
        Row before = articles().get(0);

        String corrected = "Harbour bridge reopens after two years of repairs";
        List<String> text = new ArrayList<>(paragraphs("Harbour bridge reopens after repairs"));
        text.add("Correction: an earlier version of this article gave the wrong length of the repairs.");
        web.put("/a/news/1", HTML, page("en", corrected, text));
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(e.withTitle(corrected))));

        assertThat(importOnce().summary()).isEqualTo("imported: 0 new, 1 updated, 0 unchanged, 0 failed");
        Row after = articles().get(0);
        assertThat(articles()).hasSize(1);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.slug()).isEqualTo(before.slug());
        assertThat(after.title()).isEqualTo(corrected);
        assertThat(after.bodyText()).contains("Correction: an earlier version");
        List<String> history = db.jdbi().withHandle(h -> h.createQuery("SELECT title FROM article_revisions WHERE article_id = :id")
                .bind("id", before.id()).mapTo(String.class).list());
        assertThat(history).containsExactly("Harbour bridge reopens after repairs");
    }

    @Test
    void anEntryThatMovesToAnotherLinkIsKnownByItsGuid() throws Exception {
        Outlets.Entry e = story("a", 1, "Harbour bridge reopens after repairs");
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(e)));
        fullText("/a/feed.xml");
        importOnce();

        web.put("/a/news/1-bridge", HTML, page("en", e.title(), paragraphs(e.title())));
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(e.withLink(web.url("/a/news/1-bridge")))));
        ImportCounts c = importOnce();
        assertThat(c.newItems.get()).isZero();
        assertThat(articles()).hasSize(1);
    }

    @Test
    void theSameItemInTwoFeedsWithDifferentTrackingParametersIsImportedOnce() throws Exception {
        Outlets.Entry e = story("a", 1, "Harbour bridge reopens after repairs");
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(e.withLink(e.link() + "?utm_source=rss&utm_medium=feed"))));
        web.put("/a/top.xml", XML, rss("Outlet A top", List.of(e.withLink(e.link() + "?utm_campaign=top#comments"))));
        fullText("/a/feed.xml");
        fullText("/a/top.xml");

        assertThat(importOnce().newItems.get()).isEqualTo(1);
        assertThat(articles()).hasSize(1);
        assertThat(web.count("/a/news/1")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM imported_items")).isEqualTo(1);
    }

    @Test
    void theSameTextUnderAnotherUrlIsNotStoredTwice() throws Exception {
        Outlets.Entry e = story("a", 1, "Harbour bridge reopens after repairs");
        web.put("/a/mirror/1", HTML, page("en", e.title(), paragraphs(e.title())));
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(e, new Outlets.Entry(e.title(), web.url("/a/mirror/1"), "mirror-1",
                e.pubDate()))));
        fullText("/a/feed.xml");

        ImportCounts c = importOnce();
        assertThat(c.newItems.get()).isEqualTo(1);
        assertThat(c.duplicates.get()).isEqualTo(1);
        assertThat(articles()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM imported_items WHERE duplicate = TRUE")).isEqualTo(1);
        assertThat(importOnce().summary()).isEqualTo("imported: 0 new, 0 updated, 0 unchanged, 0 failed");
    }

    /** Issue 18 (10): a robots.txt disallow or an oversize page cannot change by retrying: dead after one attempt. */
    @Test
    void pagesThatCanNeverBeFetchedAreDeadAfterOneAttemptWithTheirReason() throws Exception {
        Outlets.Entry ok = story("a", 1, "Harbour bridge reopens after repairs");
        web.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /a/private/\n");
        web.put("/a/private/2", HTML, page("en", "Members only", paragraphs("Members only")));
        Outlets.Entry refused = new Outlets.Entry("Members only", web.url("/a/private/2"), "a-2", "Mon, 02 Jun 2026 10:00:00 GMT");
        web.put("/a/news/3", HTML, page("en", "A huge page", List.of("word ".repeat(300_000))));
        Outlets.Entry huge = new Outlets.Entry("A huge page", web.url("/a/news/3"), "a-3", "Mon, 03 Jun 2026 10:00:00 GMT");
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(ok, refused, huge)));
        fullText("/a/feed.xml");

        assertThat(importOnce().summary()).as(events.toString()).isEqualTo("imported: 1 new, 0 updated, 0 unchanged, 2 failed");
        JobQueue queue = new JobQueue(db.jdbi());
        var robots = queue.findByDedupeKey("item:" + refused.link()).orElseThrow();
        assertThat(robots.state().column()).as(robots.lastError()).isEqualTo("dead");
        assertThat(robots.attempts()).isEqualTo(1);
        assertThat(robots.lastError()).contains("ROBOTS");
        var tooLarge = queue.findByDedupeKey("item:" + huge.link()).orElseThrow();
        assertThat(tooLarge.state().column()).isEqualTo("dead");
        assertThat(tooLarge.attempts()).isEqualTo(1);
        assertThat(tooLarge.lastError()).contains("TOO_LARGE");
    }

    @Test
    void pagesThatFailAreRecordedWithTheirReasonAndEverythingElseGoesOn() throws Exception {
        Outlets.Entry ok = story("a", 1, "Harbour bridge reopens after repairs");
        Outlets.Entry flaky = story("a", 2, "Council approves the new budget");
        Outlets.Entry limited = story("a", 3, "Rain expected across the region");
        Outlets.Entry broken = story("a", 4, "A story that never loads");
        web.on("/a/news/2", (ex, before) -> {
            if (before == 0) FixtureWeb.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            else FixtureWeb.send(ex, 200, HTML, page("en", flaky.title(), paragraphs(flaky.title())).getBytes(StandardCharsets.UTF_8));
        });
        web.on("/a/news/3", (ex, before) -> {
            if (before == 0) FixtureWeb.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8), "Retry-After", "1");
            else FixtureWeb.send(ex, 200, HTML, page("en", limited.title(), paragraphs(limited.title())).getBytes(StandardCharsets.UTF_8));
        });
        web.on("/a/news/4", (ex, before) -> FixtureWeb.send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(ok, flaky, limited, broken)));
        fullText("/a/feed.xml");

        assertThat(importOnce().summary()).as(events.toString()).isEqualTo("imported: 3 new, 0 updated, 0 unchanged, 1 failed");
        assertThat(articles()).extracting(Row::title).containsExactlyInAnyOrder(ok.title(), flaky.title(), limited.title());
        var job = new JobQueue(db.jdbi()).findByDedupeKey("item:" + broken.link()).orElseThrow();
        assertThat(job.state().column()).isEqualTo("failed");
        assertThat(job.lastError()).contains("page fetch failed").contains("500");
        assertThat(job.nextRunAt()).isAfter(java.time.Instant.now());
    }

    @Test
    void aWindows1251PageDeclaredAsUtf8IsReadAsCyrillic() throws Exception {
        String title = "Мост в гавани снова открыт";
        List<String> text = List.of("Мост через гавань снова открыт для движения после ремонта, который длился два года.",
                "Жители города говорят, что ждали этого дня очень долго, а владельцы магазинов довольны.",
                "Инженеры проверили конструкцию дважды, прежде чем городской совет принял решение.",
                "Полный отчёт о стоимости работ совет опубликует в следующем месяце.");
        web.put("/r/news/1", HTML, page("ru", title, text), Charset.forName("windows-1251"));
        web.put("/r/feed.xml", XML, rss("Outlet R", List.of(new Outlets.Entry(title, web.url("/r/news/1"), "r-1",
                "Mon, 01 Jun 2026 10:00:00 GMT"))));
        source("/r/feed.xml", ContentPolicy.FULL_TEXT, "ru", false, null);

        assertThat(importOnce().newItems.get()).isEqualTo(1);
        Row r = articles().get(0);
        assertThat(r.bodyText()).contains("Мост через гавань снова открыт").contains("отчёт");
        assertThat(r.language()).isEqualTo("ru");
        assertThat(r.status()).isEqualTo("published"); // its source is not translated
    }

    @Test
    void anArticleInAnotherLanguageWaitsForTranslationAndIsNotPublished() throws Exception {
        String title = "Hafenbrücke nach Reparatur wieder offen";
        web.put("/d/news/1", HTML, page("de", title, List.of(
                "Die Brücke über den Hafen ist nach zwei Jahren Bauzeit wieder für den Verkehr geöffnet worden.",
                "Anwohner sagen, sie hätten lange auf diesen Tag gewartet, und die Ladenbesitzer sind zufrieden.",
                "Die Ingenieure haben die Konstruktion zweimal geprüft, bevor der Stadtrat entschieden hat.")));
        web.put("/d/feed.xml", XML, rss("Outlet D", List.of(new Outlets.Entry(title, web.url("/d/news/1"), "d-1",
                "Mon, 01 Jun 2026 10:00:00 GMT"))));
        source("/d/feed.xml", ContentPolicy.FULL_TEXT, "auto", true, null);

        importOnce();
        Row r = articles().get(0);
        assertThat(r.language()).isEqualTo("de");
        assertThat(r.status()).isEqualTo("held");
        assertThat(r.holdReason()).contains("awaiting translation from de into en");
    }

    @Test
    void sectionRulesFileArticlesByFeedCategory() throws Exception {
        Outlets.Entry vote = story("a", 1, "Parliament votes on the coastal bill").withCategory("Politics");
        Outlets.Entry rain = story("a", 2, "Rain expected across the region").withCategory("Weather");
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(vote, rain)));
        source("/a/feed.xml", ContentPolicy.FULL_TEXT, "en", true, "[{\"category\":\"politics\",\"section\":\"politics\"}]");

        importOnce();
        assertThat(articles()).extracting(Row::title, Row::section).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(vote.title(), "politics"), org.assertj.core.groups.Tuple.tuple(rain.title(), "world"));
    }

    @Test
    void theExcerptPolicyFetchesNoPageAndLinksToTheOriginal() throws Exception {
        StringBuilder longSummary = new StringBuilder("The bridge reopened today.");
        for (int i = 0; i < 80; i++) longSummary.append(" word").append(i);
        Outlets.Entry e = story("a", 1, "Harbour bridge reopens after repairs").withDescription(longSummary.toString());
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(e)));
        source("/a/feed.xml", ContentPolicy.EXCERPT, "en", true, null);

        assertThat(importOnce().newItems.get()).isEqualTo(1);
        assertThat(web.count("/a/news/1")).isZero();
        Row r = articles().get(0);
        assertThat(r.bodyText()).startsWith("The bridge reopened today.").contains("Read the full article at Outlet a");
        assertThat(r.bodyText().split("\\s+").length).isLessThanOrEqualTo(ItemStep.EXCERPT_WORDS + 8);
        String html = db.jdbi().withHandle(h -> h.createQuery("SELECT body_html FROM articles").mapTo(String.class).one());
        assertThat(html).contains("href=\"" + e.link() + "\"");
    }

    @Test
    void hostileFeedsMarkTheirSourceWithTheReasonAndTheOthersAreImported() throws Exception {
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(story("a", 1, "Harbour bridge reopens after repairs"))));
        fullText("/a/feed.xml");
        web.put("/bad/invalid.xml", XML, "<?xml version=\"1.0\"?><rss><channel><title>Broken</title><item><title>x</item></channel>");
        web.put("/bad/xxe.xml", XML, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        web.put("/bad/laughs.xml", XML, "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<rss version=\"2.0\"><channel><title>&lol3;</title></channel></rss>");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            gz.write(new byte[8 << 20]);
        }
        web.on("/bad/bomb.xml", (ex, before) -> FixtureWeb.send(ex, 200, XML, bomb.toByteArray(), "Content-Encoding", "gzip"));
        web.on("/bad/loop.xml", (ex, before) -> FixtureWeb.send(ex, 302, null, new byte[0], "Location", "/bad/loop2.xml"));
        web.on("/bad/loop2.xml", (ex, before) -> FixtureWeb.send(ex, 302, null, new byte[0], "Location", "/bad/loop.xml"));
        web.on("/bad/trickle.xml", (ex, before) -> {
            ex.getResponseHeaders().set("Content-Type", XML);
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
                for (int i = 0; i < 10; i++) { // slower than the fetcher's 4-second limit
                    out.write('<');
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (InterruptedException | java.io.IOException e) {
                // the client gave up
            }
        });
        String[][] expected = {{"/bad/invalid.xml", "parse: "}, {"/bad/xxe.xml", "parse: "}, {"/bad/laughs.xml", "parse: "},
                {"/bad/bomb.xml", "too_large: "}, {"/bad/loop.xml", "redirect_loop: "}, {"/bad/trickle.xml", "timeout: "},
                {"/bad/missing.xml", "http_status: "}};
        for (String[] e : expected) fullText(e[0]);

        ImportCounts c = importOnce();
        assertThat(c.newItems.get()).isEqualTo(1);
        assertThat(c.feedsFailed.get()).isEqualTo(expected.length);
        for (String[] e : expected) {
            Source s = sources.byUrl(web.url(e[0])).orElseThrow();
            assertThat(s.lastError()).as(e[0]).startsWith(e[1]);
            assertThat(s.consecutiveFailures()).as(e[0]).isEqualTo(1);
            assertThat(s.nextFetchAt()).as(e[0]).isAfter(java.time.Instant.now());
        }
        assertThat(sources.byUrl(web.url("/bad/invalid.xml")).orElseThrow().lastError()).contains("line");
        assertThat(sources.byUrl(web.url("/bad/xxe.xml")).orElseThrow().lastError()).containsIgnoringCase("DTD");
        assertThat(articles()).hasSize(1);
    }

    @Test
    void aSourceThatKeepsFailingIsBackedOffAndThenPausedWithTheReason() throws Exception {
        pauseAfter = 2;
        Source s = fullText("/gone/feed.xml");
        importOnce();
        Source once = sources.byId(s.id()).orElseThrow();
        assertThat(once.status()).isEqualTo(SourceStatus.ACTIVE);
        assertThat(once.lastError()).isEqualTo("http_status: HTTP 404 from " + web.url("/gone/feed.xml"));

        importOnce();
        Source twice = sources.byId(s.id()).orElseThrow();
        assertThat(twice.status()).isEqualTo(SourceStatus.PAUSED);
        assertThat(twice.pauseReason()).startsWith("paused after 2 failed fetches in a row; last: http_status");
        assertThat(sources.due(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theSchedulerQueuesEachDueSourceOnce() throws Exception {
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(story("a", 1, "Harbour bridge reopens after repairs"))));
        Source s = fullText("/a/feed.xml");
        try (Fetcher fetcher = new Fetcher(testFetcher());
             Pipeline p = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), new Pipeline.Settings(1, 8, "en"), translation, events::add)) {
            assertThat(p.scheduleDue()).isEqualTo(1);
            assertThat(p.scheduleDue()).isZero(); // its next fetch moved on
            assertThat(count("SELECT COUNT(*) FROM jobs WHERE kind = 'source'")).isEqualTo(1);
            p.runUntilIdle();
            Source after = sources.byId(s.id()).orElseThrow();
            assertThat(after.lastSuccessAt()).isNotNull();
            assertThat(after.nextFetchAt()).isAfter(java.time.Instant.now().plusSeconds(s.fetchIntervalSeconds() - 60));
            assertThat(p.scheduleDue()).isZero();
        }
        assertThat(articles()).hasSize(1);
    }

    @Test
    void theSameStoryFromTwoOutletsJoinsOneStoryAndADifferentStoryOnTheSameTopicDoesNot() throws Exception {
        // written pairs: each story told by two outlets, and hard negatives (other stories on the same topic)
        var pairs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(getClass().getResource("/stories/pairs.json"));
        var negative = pairs.get("hardNegatives").get(0).get("stories");
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byId = new java.util.HashMap<>();
        for (var story : pairs.get("stories")) byId.put(story.get("id").asText(), story);
        var told = byId.get(negative.get(0).asText()).get("versions");
        var other = byId.get(negative.get(1).asText()).get("versions").get(0);
        List<Outlets.Entry> a = List.of(telling("a", 1, told.get(0)));
        List<Outlets.Entry> b = List.of(telling("b", 1, told.get(1)), telling("b", 2, other));
        web.put("/a/feed.xml", XML, rss("Outlet A", a));
        web.put("/b/feed.xml", XML, rss("Outlet B", b));
        fullText("/a/feed.xml");
        fullText("/b/feed.xml");

        assertThat(importOnce().newItems.get()).isEqualTo(3);
        java.util.Map<String, String> storyOf = new java.util.HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT original_url, story_id FROM articles")
                .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
                .forEach(e -> storyOf.put(e.getKey(), e.getValue())));
        assertThat(storyOf.get(a.get(0).link())).isNotEqualTo("null").isEqualTo(storyOf.get(b.get(0).link()));
        assertThat(storyOf.get(b.get(1).link())).isNotEqualTo(storyOf.get(a.get(0).link()));
    }

    @Test
    void aFeedsNewEntriesAreDueOneHostDelayApartSoWorkersSpreadOverOutlets() throws Exception {
        List<Outlets.Entry> a = List.of(story("a", 1, "Harbour bridge reopens after repairs"),
                story("a", 2, "Council approves the new budget"), story("a", 3, "Rain expected across the region"));
        web.put("/a/feed.xml", XML, rss("Outlet A", a));
        fullText("/a/feed.xml");
        try (Fetcher fetcher = new Fetcher(testFetcher().withMinHostDelay(Duration.ofMillis(300)));
             Pipeline p = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), new Pipeline.Settings(2, 8, "en"), translation,
                     events::add)) {
            p.queueNow(sources.all());
            p.runUntilIdle();
            assertThat(p.counts().newItems.get()).isEqualTo(3); // the later-due entries were waited for, not left
        }
        List<Long> due = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT next_run_at FROM jobs WHERE kind = 'item' ORDER BY next_run_at").mapTo(Long.class).list());
        assertThat(due).hasSize(3);
        assertThat(due.get(1) - due.get(0)).isEqualTo(300);
        assertThat(due.get(2) - due.get(1)).isEqualTo(300);
    }

    @Test
    void aSourcesExtractionHintsRemovePartsTheExtractorWouldKeep() throws Exception {
        String title = "Harbour bridge reopens after repairs";
        List<String> paras = new java.util.ArrayList<>(paragraphs(title));
        // a promotion written as an ordinary paragraph inside the article: only the outlet's hint can tell
        paras.add(2, "<span class=\"c7\">Our partners at the Coast Bank offer a special mortgage rate to every reader this month only.</span>");
        web.put("/a/news/1", HTML, page("en", title, paras));
        web.put("/a/feed.xml", XML, rss("Outlet A", List.of(new Outlets.Entry(title, web.url("/a/news/1"), "a-1",
                "Mon, 01 Jun 2026 10:00:00 GMT"))));
        sources.add(new NewSource(web.url("/a/feed.xml"), SourceKind.RSS, "Outlet A", null, null, "en", "world", null, null,
                ContentPolicy.FULL_TEXT, true, null, "p:has(.c7)", null));

        importOnce();
        Row r = articles().get(0);
        assertThat(r.bodyText()).contains("was confirmed on Monday").doesNotContain("special mortgage rate");
    }

    /** One outlet's version of a written story, served as its article page. */
    private Outlets.Entry telling(String outlet, int n, com.fasterxml.jackson.databind.JsonNode version) {
        String title = version.get("title").asText();
        List<String> paras = java.util.Arrays.stream(version.get("text").asText().split("\\n\\s*\\n")).filter(t -> !t.isBlank()).toList();
        web.put("/" + outlet + "/news/" + n, HTML, page("en", title, paras));
        return new Outlets.Entry(title, web.url("/" + outlet + "/news/" + n), outlet + "-" + n, "Mon, 01 Jun 2026 10:00:00 GMT");
    }
}
