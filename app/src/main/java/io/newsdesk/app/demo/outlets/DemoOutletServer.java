package io.newsdesk.app.demo.outlets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.fetch.FetcherConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo outlets as real sources: a small HTTP server on loopback that serves each fictional outlet's feed,
 * article pages (with the boilerplate of a real news site) and lead images, so the importer reads them like
 * any other outlet. Stories come out over time ({@link ReleaseSchedule}): the clock decides what is published,
 * so a newcomer watches the site fill.
 *
 * <p>Paths, per outlet: {@code /<outlet>/} (front page), {@code /<outlet>/rss.xml | atom.xml | feed.json}
 * (one feed format per outlet), {@code /<outlet>/news-sitemap.xml} (where published),
 * {@code /<outlet>/<yyyy>/<mm>/<dd>/<slug>.html} and {@code /<outlet>/media/<slug>.jpg}. Feeds and pages
 * carry ETag and Last-Modified and answer conditional GETs with 304; an unreleased story is 404.
 */
public final class DemoOutletServer implements AutoCloseable {
    public static final Duration DEFAULT_RELEASE_INTERVAL = Duration.ofSeconds(90);
    private static final Pattern OUTLET_PATH = Pattern.compile("^/([a-z0-9-]+)/(.*)$");

    private final Clock clock;
    private final int port;
    private final StoryCatalog catalog;
    private final ReleaseSchedule schedule;
    private HttpServer server;
    private ExecutorService executor;

    /** Real time, a story every 90 seconds, any free port. */
    public DemoOutletServer() {
        this(Clock.systemUTC(), DEFAULT_RELEASE_INTERVAL, 0);
    }

    /**
     * @param clock           decides which stories are out; the schedule starts at its instant now
     * @param releaseInterval time between two new stories
     * @param port            port on 127.0.0.1; 0 for any free port
     */
    public DemoOutletServer(Clock clock, Duration releaseInterval, int port) {
        this(clock, clock.instant(), releaseInterval, port);
    }

    /**
     * @param scheduleStart the moment the schedule counts from: a site that keeps its first start (and a fixed port)
     *                      sees the same article URLs and dates after a restart instead of a new set
     */
    public DemoOutletServer(Clock clock, Instant scheduleStart, Duration releaseInterval, int port) {
        this.clock = clock;
        this.port = port;
        this.catalog = StoryCatalog.load();
        this.schedule = new ReleaseSchedule(catalog, scheduleStart.truncatedTo(ChronoUnit.SECONDS), releaseInterval);
    }

    /** Binds and starts serving; returns this. */
    public synchronized DemoOutletServer start() {
        if (server != null) throw new IllegalStateException("already started");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the demo outlet server to 127.0.0.1:" + port, e);
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange);
            }
        });
        server.start();
        return this;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash (after {@link #start()}). */
    public String baseUrl() {
        if (server == null) throw new IllegalStateException("not started");
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The importer's settings with this server, and no other loopback service, open to it: the demo's sources
     * are read without opening private networks to every other source and redirect.
     */
    public FetcherConfig trustedBy(FetcherConfig fetching) {
        return fetching.withTrustedOrigin(baseUrl());
    }

    /** One entry per outlet, in catalog order; URLs of the running server (call after {@link #start()}). */
    public List<DemoFeed> feedUrls() {
        String base = baseUrl();
        List<DemoFeed> feeds = new ArrayList<>();
        for (DemoOutlet o : catalog.outlets().values()) {
            String home = base + "/" + o.slug() + "/";
            feeds.add(new DemoFeed(o.slug(), o.name(), o.language(), home, home + o.feed().fileName(), o.feed().sourceKind(),
                    o.newsSitemap() ? home + "news-sitemap.xml" : null));
        }
        return List.copyOf(feeds);
    }

    /** How many stories are out now. */
    public int releasedCount() {
        return schedule.releasedAt(clock.instant()).size();
    }

    /** When the next story comes out; empty once all are out. */
    public Optional<Instant> nextRelease() {
        return schedule.nextReleaseAfter(clock.instant());
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.close();
            server = null;
        }
    }

    ReleaseSchedule schedule() {
        return schedule;
    }

    StoryCatalog catalog() {
        return catalog;
    }

    private void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            send(ex, 405, "text/plain; charset=utf-8", ConditionalGet.utf8("method not allowed\n"), null);
            return;
        }
        String path = ex.getRequestURI().getPath();
        Instant now = clock.instant();
        String base = baseUrl();
        if (path.equals("/")) {
            send(ex, 200, "text/html; charset=utf-8", ConditionalGet.utf8(OutletFrontPage.index(catalog.outlets().values(), base)), null);
            return;
        }
        if (path.equals("/robots.txt")) {
            send(ex, 200, "text/plain; charset=utf-8", ConditionalGet.utf8("User-agent: *\nAllow: /\n"), null);
            return;
        }
        Matcher m = OUTLET_PATH.matcher(path);
        DemoOutlet outlet = m.matches() ? catalog.outlets().get(m.group(1)) : null;
        if (outlet == null) {
            notFound(ex);
            return;
        }
        String rest = m.group(2);
        List<ReleasedStory> released = schedule.releasedAt(now, outlet.slug());
        // everything an outlet serves changes when it publishes (lists, sidebars), so that is its Last-Modified
        Instant changed = released.isEmpty() ? schedule.all().getFirst().published() : released.getFirst().published();
        if (rest.isEmpty()) {
            byte[] page = PageBytes.encode(OutletFrontPage.outlet(outlet, base, released), outlet.pageCharset());
            sendConditional(ex, htmlType(outlet), page, changed);
        } else if (rest.equals(outlet.feed().fileName())) {
            String body = switch (outlet.feed()) {
                case RSS -> RssFeedWriter.write(outlet, base, released, changed);
                case ATOM -> AtomFeedWriter.write(outlet, base, released, changed);
                case JSON_FEED -> JsonFeedWriter.write(outlet, base, released);
            };
            sendConditional(ex, outlet.feed().contentType(), ConditionalGet.utf8(body), changed);
        } else if (rest.equals("news-sitemap.xml") && outlet.newsSitemap()) {
            sendConditional(ex, "application/xml; charset=utf-8",
                    ConditionalGet.utf8(NewsSitemapWriter.write(outlet, base, released, now)), changed);
        } else if (rest.startsWith("media/") && rest.endsWith(".jpg")) {
            Optional<ReleasedStory> story = released.stream().filter(r -> r.imagePath().equals(path)).findFirst();
            if (story.isEmpty()) {
                notFound(ex);
                return;
            }
            ReleasedStory r = story.get();
            float hue = Math.floorMod(SECTIONS.indexOf(r.story().section()), SECTIONS.size()) / (float) SECTIONS.size();
            sendConditional(ex, "image/jpeg", OutletPhotos.jpeg(r.story().headline(), hue), r.published());
        } else {
            Optional<ReleasedStory> story = released.stream().filter(r -> r.path().equals(path)).findFirst();
            if (story.isEmpty()) {
                notFound(ex);
                return;
            }
            List<ReleasedStory> others = released.stream().filter(r -> r != story.get()).toList();
            byte[] page = PageBytes.encode(ArticlePage.render(story.get(), base, others), outlet.pageCharset());
            sendConditional(ex, htmlType(outlet), page, changed);
        }
    }

    /** Section order of site.json, which tints the outlets' photographs. */
    private static final List<String> SECTIONS = List.of("world", "politics", "economy", "technology", "culture", "sport");

    private static String htmlType(DemoOutlet o) {
        return "text/html; charset=" + o.pageCharset().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void sendConditional(HttpExchange ex, String type, byte[] body, Instant lastModified) throws IOException {
        ConditionalGet validators = ConditionalGet.of(body, lastModified);
        if (validators.notModified(ex.getRequestHeaders())) {
            validators.addTo(ex.getResponseHeaders());
            ex.sendResponseHeaders(304, -1);
            return;
        }
        send(ex, 200, type, body, validators);
    }

    private static void notFound(HttpExchange ex) throws IOException {
        send(ex, 404, "text/html; charset=utf-8",
                ConditionalGet.utf8("<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>Page not found</h1></body></html>\n"), null);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, ConditionalGet validators) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        // feeds and pages change as stories come out: caches must ask again, which conditional GET makes cheap
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        if (validators != null) validators.addTo(ex.getResponseHeaders());
        boolean head = ex.getRequestMethod().equals("HEAD");
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

}
