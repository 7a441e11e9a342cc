package io.newsdesk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.demo.DemoSite;
import io.newsdesk.app.distribute.feeds.FeedSettings;
import io.newsdesk.app.fetch.FetchLimits;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.Pipeline;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.ops.metrics.MetricsSettings;
import io.newsdesk.app.server.Site;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.store.TestDatabase;
import io.newsdesk.app.translate.Glossary;
import io.newsdesk.app.translate.TranslationSetup;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /metrics of a real site on 127.0.0.1 after real requests and a real import from a feed served on 127.0.0.1: the
 * counters moved, every line parses as Prometheus text, tags carry route templates and not paths, and the public
 * port gives metrics only for the bearer token.
 */
class MetricsTest {
    private static final String TOKEN = "test-metrics-token-0123456789";
    /** {@code name{labels} value}: the Prometheus text format's sample line (labels optional). */
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})? (-?[0-9.]+(?:[eE][-+]?[0-9]+)?|NaN|[+-]Inf)");

    @TempDir
    Path dir;
    private HttpServer outlet;
    private Database db;
    private Site site;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void setUp() throws Exception {
        outlet = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + outlet.getAddress().getPort();
        Map<String, String> pages = new HashMap<>();
        pages.put("/feed.xml", rss(base, List.of(
                new String[] {"Harbour bridge reopens after repairs", "/news/1"},
                new String[] {"Town council approves the new library", "/news/2"},
                new String[] {"Новый паром связал Приморск с островом Лесной", "/news/3"})));
        pages.put("/news/1", page("en", "Harbour bridge reopens after repairs", "The harbour bridge reopened on Monday after eight months"
                + " of repairs to its deck and cables, the port authority said. Engineers replaced every bearing and repainted the towers."));
        pages.put("/news/2", page("en", "Town council approves the new library", "The town council voted on Tuesday to build a new"
                + " library beside the market square. Work is due to start in the spring and last about two years, the mayor said."));
        pages.put("/news/3", page("ru", "Новый паром связал Приморск с островом Лесной", "Новый паром между Приморском и островом"
                + " Лесной начал работу в понедельник, сообщили в администрации порта. Жители острова ждали этого решения"
                + " несколько лет, потому что старое судно часто ломалось зимой."));
        outlet.createContext("/", x -> {
            String body = pages.get(x.getRequestURI().getPath());
            byte[] bytes = body == null ? "gone".getBytes(StandardCharsets.UTF_8) : body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", x.getRequestURI().getPath().endsWith(".xml")
                    ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
            x.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        });
        outlet.start();

        db = TestDatabase.SQLITE.fresh(dir).open();
        Stores stores = Stores.over(db.jdbi());
        DemoSite.load(stores, dir, Clock.systemUTC());
        stores.sections().create("metrics-world", "Metrics World", null, 99);
        SourceStore sources = new SourceStore(db.jdbi());
        sources.add(new NewSource(base + "/feed.xml", SourceKind.RSS, "Harbour Gazette", null, "en", "auto", "metrics-world",
                null, null, ContentPolicy.FULL_TEXT, true, null, null, null));
        sources.add(new NewSource(base + "/missing.xml", SourceKind.RSS, "Gone Gazette", null, "en", "auto", "metrics-world",
                null, null, ContentPolicy.EXCERPT, true, null, null, null));
        SiteConfig config = new SiteConfig("127.0.0.1", 0, dir, "Test Herald", "en", "http://news.test", "", "", true, "");
        site = new Site(config, stores, Clock.systemUTC(), FeedSettings.defaults(), FetcherConfig.fromEnvironment(Map.of(), false),
                null, Set.of(), new OperationsSettings(new MetricsSettings(0, "127.0.0.1", TOKEN), false)).start();
    }

    @AfterEach
    void tearDown() {
        if (site != null) site.close();
        if (db != null) db.close();
        outlet.stop(0);
    }

    @Test
    void theCountersMoveWithRequestsAndAnImportAndEveryLineParses() throws Exception {
        String slug = site.searchIndex() != null ? db.jdbi().withHandle(h -> h.createQuery(
                "SELECT slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1").mapTo(String.class).one()) : null;
        assertThat(get(publicUrl("/article/" + slug)).statusCode()).isEqualTo(200); // rendered: a miss
        assertThat(get(publicUrl("/article/" + slug)).statusCode()).isEqualTo(200); // from the page cache: a hit
        assertThat(get(publicUrl("/no-such-page-x7")).statusCode()).isEqualTo(404);

        Fetcher fetcher = new Fetcher(FetcherConfig.defaults("https://example.org/contact")
                .withLimits(FetchLimits.DEFAULTS.withConnectTimeout(Duration.ofSeconds(10)).withTotalTimeout(Duration.ofSeconds(20))) // generous: a loaded machine must not turn "ok" into "timeout"
                .withMinHostDelay(Duration.ZERO).withAllowPrivateNetworks(true));
        try (fetcher; Pipeline pipeline = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), new Pipeline.Settings(2, 8, "en"),
                TranslationSetup.memoryOnly(Glossary.shipped(), (pair, source, output) -> List.of()), line -> { })) {
            pipeline.queueNow(new SourceStore(db.jdbi()).all());
            pipeline.runUntilIdle();
        }
        db.jdbi().useHandle(h -> h.execute("INSERT INTO telegram_channels (channel, watermark, paused_reason, paused_at, created_at)"
                + " VALUES ('@metricstest', 0, 'Telegram refused (401): Unauthorized', 1, 1)"));

        HttpResponse<String> scraped = get("http://127.0.0.1:" + site.operations().metricsPort() + "/metrics");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
        Map<String, Double> m = parse(scraped.body());

        // HTTP: by route template and status, never by path
        assertThat(m.get("http_server_requests_seconds_count{method=\"GET\",route=\"/article/{slug}\",status=\"200\"}")).isEqualTo(1.0);
        assertThat(m.get("http_server_requests_seconds_count{method=\"GET\",route=\"page-cache\",status=\"200\"}")).isEqualTo(1.0);
        assertThat(m.get("http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}")).isEqualTo(1.0);
        assertThat(m).containsKey("http_server_requests_seconds_bucket{method=\"GET\",route=\"/article/{slug}\",status=\"200\",le=\"0.01\"}");
        assertThat(scraped.body()).doesNotContain(slug).doesNotContain("no-such-page-x7");
        assertThat(m.get("newsdesk_page_cache_requests_total{result=\"hit\"}")).isGreaterThanOrEqualTo(1.0);
        assertThat(m.get("newsdesk_page_cache_requests_total{result=\"miss\"}")).isGreaterThanOrEqualTo(1.0);
        // the importer
        assertThat(m.get("newsdesk_import_fetches_total{outcome=\"ok\"}")).isEqualTo(1.0);
        assertThat(m.get("newsdesk_import_fetches_total{outcome=\"http_status\"}")).isEqualTo(1.0);
        assertThat(m.get("newsdesk_import_items_total{outcome=\"new\"}")).isEqualTo(3.0);
        assertThat(m.get("newsdesk_translations_total{engine=\"none\",verdict=\"awaiting\"}")).isEqualTo(1.0);
        assertThat(m.get("newsdesk_import_jobs_dead")).isEqualTo(0.0);
        assertThat(m.get("newsdesk_import_queue_jobs{kind=\"item\",state=\"queued\"}")).isEqualTo(0.0);
        assertThat(m.get("newsdesk_import_sources{status=\"active\"}")).isEqualTo(2.0);
        assertThat(m.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).startsWith("newsdesk_import_source_consecutive_failures{").contains("missing.xml");
            assertThat(e.getValue()).isEqualTo(1.0);
        });
        assertThat(m.get("newsdesk_telegram_paused{channel=\"@metricstest\"}")).isEqualTo(1.0);
        assertThat(m).containsKey("newsdesk_search_index_lag_seconds").containsKey("newsdesk_websub_pings_waiting");
        // the JVM
        assertThat(m).containsKey("jvm_threads_live_threads").containsKey("process_uptime_seconds");
        assertThat(m.keySet()).anyMatch(k -> k.startsWith("jvm_memory_used_bytes{"));
        assertThat(m.keySet()).anyMatch(k -> k.startsWith("jvm_gc_"));

        // the dashboard in docs/ is valid JSON and charts every Newsdesk metric the site exports
        var dashboard = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("../docs/grafana-dashboard.json").toFile());
        StringBuilder exprs = new StringBuilder();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> exprs.append(t.path("expr").asText()).append('\n')));
        m.keySet().stream().map(k -> k.replaceAll("\\{.*", "").replaceAll("_(total|count|sum|bucket|max)$", ""))
                .filter(n -> n.startsWith("newsdesk_") || n.startsWith("http_server_requests"))
                .forEach(n -> assertThat(exprs).as("a dashboard panel for " + n).contains(n));

        // the metrics port also answers the health checks, and nothing else
        String port = "http://127.0.0.1:" + site.operations().metricsPort();
        assertThat(get(port + "/healthz").statusCode()).isEqualTo(200);
        assertThat(get(port + "/readyz").body()).isEqualTo("ready\n");
        assertThat(get(port + "/metrics/x").statusCode()).isEqualTo(404);

        // the public port: only for the bearer token
        HttpResponse<String> anonymous = get(publicUrl("/metrics"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(anonymous.body()).doesNotContain("jvm_");
        assertThat(get(publicUrl("/metrics"), "Authorization", "Bearer wrong-token-0123456789").statusCode()).isEqualTo(401);
        assertThat(get(publicUrl("/metrics"), "Authorization", TOKEN).statusCode()).as("without the scheme").isEqualTo(401);
        HttpResponse<String> allowed = get(publicUrl("/metrics"), "Authorization", "Bearer " + TOKEN);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(parse(allowed.body())).containsKey("jvm_threads_live_threads");
    }

    /** Every line is a comment or a sample; samples by {@code name{labels}}. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) continue;
            Matcher s = SAMPLE.matcher(line);
            assertThat(s.matches()).as("a Prometheus sample line: %s", line).isTrue();
            String v = s.group(3);
            samples.put(s.group(1) + (s.group(2) == null ? "" : s.group(2).replaceAll(",}$", "}")),
                    v.equals("NaN") ? Double.NaN : v.equals("+Inf") ? Double.POSITIVE_INFINITY : v.equals("-Inf")
                            ? Double.NEGATIVE_INFINITY : Double.parseDouble(v));
        }
        assertThat(samples).isNotEmpty();
        return samples;
    }

    private String publicUrl(String path) {
        return "http://127.0.0.1:" + site.port() + path;
    }

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("User-Agent", io.newsdesk.app.TestSite.BROWSER_UA);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String rss(String base, List<String[]> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour Gazette</title><link>" + base + "/</link><description>Test feed</description>");
        int n = 0;
        for (String[] i : items) {
            b.append("<item><title>").append(i[0]).append("</title><link>").append(base).append(i[1]).append("</link>")
                    .append("<guid isPermaLink=\"false\">g-").append(++n).append("</guid>")
                    .append("<pubDate>Mon, 01 Jun 2026 1").append(n).append(":00:00 GMT</pubDate>")
                    .append("<description>A summary.</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private static String page(String lang, String title, String text) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<article><h1>" + title + "</h1><p>" + text + "</p><p>" + text + "</p></article></body></html>";
    }
}
