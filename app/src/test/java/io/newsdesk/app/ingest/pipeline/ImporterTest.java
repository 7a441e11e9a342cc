package io.newsdesk.app.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.cli.Main;
import io.newsdesk.app.ingest.fetch.FetchLimits;
import io.newsdesk.app.ingest.fetch.Fetcher;
import io.newsdesk.app.ingest.fetch.FetcherConfig;
import io.newsdesk.app.ingest.fetch.RetryPolicy;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImporterTest {
    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            byte[] body;
            String type;
            int status = 200;
            if (path.equals("/feed.xml")) {
                body = rss(item(1, ""), item(2, ""), item(3, ""));
                type = "application/rss+xml; charset=utf-8";
            } else if (path.equals("/dup.xml")) {
                body = rss(item(1, "?utm_source=a"), item(1, "?utm_source=b&utm_medium=c"));
                type = "application/rss+xml; charset=utf-8";
            } else if (path.equals("/broken.xml")) {
                body = rss(item(1, ""), item(4, ""), item(3, ""));
                type = "application/rss+xml; charset=utf-8";
            } else if (path.startsWith("/news/story-") && !path.equals("/news/story-4")) {
                body = page(Integer.parseInt(path.substring("/news/story-".length())));
                type = "text/html; charset=utf-8";
            } else if (path.equals("/news/story-4")) {
                status = 500;
                body = "server error".getBytes(StandardCharsets.UTF_8);
                type = "text/plain";
            } else {
                status = 404;
                body = "not found".getBytes(StandardCharsets.UTF_8);
                type = "text/plain";
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static final String[] TITLES = {"", "Harbour bridge reopens after repairs", "City council approves new budget",
            "Rain expected across the region", "A story that never loads"};

    private String item(int n, String query) {
        return "<item><title>" + TITLES[n] + "</title><link>" + base + "/news/story-" + n + query + "</link>"
                + "<guid isPermaLink=\"false\">story-" + n + "</guid>"
                + "<pubDate>Mon, 0" + n + " Jun 2026 10:00:00 GMT</pubDate>"
                + "<description>" + summary(n) + "</description></item>";
    }

    private static String summary(int n) {
        StringBuilder s = new StringBuilder("Summary of story " + n + ".");
        for (int i = 0; i < 80; i++) s.append(" word").append(i);
        return s.toString();
    }

    private byte[] rss(String... items) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Loopback Gazette</title>"
                + "<link>" + base + "/</link><description>Test</description>" + String.join("", items) + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] page(int n) {
        StringBuilder p = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            p.append("<p>Paragraph ").append(i).append(" of story ").append(n).append(": the reporters spoke with residents, ")
                    .append("officials and engineers about what happened, why it matters and what comes next for the ")
                    .append("people who live and work nearby. Details were confirmed by several independent sources.</p>");
        }
        return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + TITLES[n] + " | Gazette</title>"
                + "<style>body{font-family:Georgia} .sponsor{color:red}</style></head><body>"
                + "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li></ul></nav>"
                + "<div class=\"sponsor\">Sponsored: buy our premium widgets today</div>"
                + "<article><h1>" + TITLES[n] + "</h1><style>.inline{color:blue}</style>" + p + "</article>"
                + "<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/x\">Other news</a></li>"
                + "<li><a href=\"/y\">More news</a></li></ul></aside>"
                + "<form class=\"comment-form\"><textarea name=\"c\">Leave a comment</textarea><button>Post comment</button></form>"
                + "<footer>Copyright Gazette</footer></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private Source addSource(String path, ContentPolicy policy) {
        try (Database db = Database.sqlite(dir)) {
            Stores stores = Stores.over(db.jdbi());
            if (stores.sections().bySlug("world").isEmpty()) stores.sections().create("world", "World", null, 1);
            NewSource n = NewSource.of(base + path, SourceKind.RSS, "Loopback Gazette");
            n = new NewSource(n.url(), n.kind(), n.outletName(), null, null, "en", null, null, null, policy, null, null, null);
            return new SourceStore(db.jdbi()).add(n);
        }
    }

    private static FetcherConfig testConfig() {
        return FetcherConfig.defaults("https://example.org/contact")
                .withLimits(FetchLimits.DEFAULTS.withConnectTimeout(Duration.ofSeconds(2)).withTotalTimeout(Duration.ofSeconds(5)))
                .withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1)))
                .withMinHostDelay(Duration.ZERO)
                .withAllowLoopback(true);
    }

    private ImportCounts importOnce(Source source) {
        try (Database db = Database.sqlite(dir); Fetcher fetcher = new Fetcher(testConfig())) {
            Importer importer = new Importer(db.jdbi(), fetcher, new JobQueue(db.jdbi()), new SourceStore(db.jdbi()),
                    Clock.systemUTC());
            ImportCounts counts = new ImportCounts();
            importer.fetchSource(source, counts, line -> {});
            importer.drain(counts, line -> {});
            return counts;
        }
    }

    private record Row(String title, String outletId, String originalUrl, String bodyText, String excerpt, String language,
            String status) {}

    private List<Row> articles() {
        try (Database db = Database.sqlite(dir)) {
            return db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT title, outlet_id, original_url, body_text, excerpt, language, status FROM articles ORDER BY original_url""")
                    .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)))
                    .list());
        }
    }

    private record Run(int code, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importOnceStoresCleanArticlesAndASecondRunFindsThemUnchanged() {
        Source source = addSource("/feed.xml", ContentPolicy.FULL_TEXT);

        Run first = cli("import", "--once", "--allow-private-networks", "--data", dir.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.lastLine()).isEqualTo("imported: 3 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(first.err()).contains("feeds fetched: 1");

        List<Row> rows = articles();
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Row r = rows.get(i);
            assertThat(r.title()).isEqualTo(TITLES[i + 1]);
            assertThat(r.outletId()).isEqualTo(source.outletId());
            assertThat(r.originalUrl()).isEqualTo(base + "/news/story-" + (i + 1));
            assertThat(r.status()).isEqualToIgnoringCase("PUBLISHED");
            assertThat(r.language()).isEqualTo("en");
            assertThat(r.bodyText()).contains("Paragraph 1 of story " + (i + 1)).contains("Paragraph 6")
                    .doesNotContain("font-family").doesNotContain("color:").doesNotContain("{")
                    .doesNotContain("Sponsored").doesNotContain("Leave a comment").doesNotContain("Other news");
            assertThat(r.excerpt()).doesNotContain("{").doesNotContain("font-family").isNotBlank();
        }

        Run second = cli("import", "--once", "--allow-private-networks", "--data", dir.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.lastLine()).isEqualTo("imported: 0 new, 0 updated, 3 unchanged, 0 failed");
        assertThat(articles()).hasSize(3);
    }

    @Test
    void withoutOnceTheCommandRefuses() {
        Run r = cli("import", "--data", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("only --once is supported yet");
    }

    @Test
    void theSameItemListedTwiceWithDifferentTrackingParametersIsImportedOnce() {
        Source source = addSource("/dup.xml", ContentPolicy.FULL_TEXT);
        ImportCounts c = importOnce(source);
        // the parser may already merge the two entries; either way exactly one is imported
        assertThat(c.newItems.get()).isEqualTo(1);
        assertThat(c.failed.get()).isZero();
        assertThat(articles()).hasSize(1);
        assertThat(hits.get("/news/story-1").get()).isEqualTo(1);
        try (Database db = Database.sqlite(dir)) {
            int recorded = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM imported_items")
                    .mapTo(Integer.class).one());
            assertThat(recorded).isEqualTo(1);
        }
    }

    @Test
    void aPageThatAlwaysFailsIsCountedFailedWithItsReasonAndTheOthersAreImported() {
        Source source = addSource("/broken.xml", ContentPolicy.FULL_TEXT);
        ImportCounts c = importOnce(source);
        assertThat(c.summary()).isEqualTo("imported: 2 new, 0 updated, 0 unchanged, 1 failed");
        assertThat(articles()).extracting(Row::originalUrl)
                .containsExactly(base + "/news/story-1", base + "/news/story-3");
        try (Database db = Database.sqlite(dir)) {
            var job = new JobQueue(db.jdbi()).findByDedupeKey("item:" + base + "/news/story-4").orElseThrow();
            assertThat(job.lastError()).contains("500");
        }
    }

    @Test
    void excerptPolicyFetchesNoPageAndStoresAnExcerptLengthBody() {
        Source source = addSource("/feed.xml", ContentPolicy.EXCERPT);
        ImportCounts c = importOnce(source);
        assertThat(c.summary()).isEqualTo("imported: 3 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(hits.keySet()).noneMatch(p -> p.startsWith("/news/"));
        List<Row> rows = articles();
        assertThat(rows).hasSize(3);
        for (Row r : rows) {
            int words = r.bodyText().strip().split("\\s+").length;
            assertThat(words).isBetween(10, Importer.EXCERPT_WORDS + 1);
            assertThat(r.bodyText()).startsWith("Summary of story");
        }
    }
}
