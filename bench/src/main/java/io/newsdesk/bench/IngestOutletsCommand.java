package io.newsdesk.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import io.newsdesk.app.ingest.sources.Opml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench ingest-outlets}: the outlets of the ingestion benchmark ({@link IngestFixture}) served on
 * loopback until stopped, from their own JVM so their CPU and heap are not the importer's. Everything is
 * generated and gzipped before the server answers (the importer asks for gzip, as real outlets send it), so
 * serving costs the outlets' JVM almost nothing during the run.
 */
@Command(name = "ingest-outlets", mixinStandardHelpOptions = true,
        description = {"Serves the ingestion benchmark's outlets on loopback until stopped: FEEDS RSS feeds of ITEMS entries",
                "and an article page (30-150 kB of real-outlet HTML around 400-900 words) per entry, all generated from a seed.",
                "Outlet k is http://127.0.0.<k>:PORT/o<k-1>/feed.xml (one loopback address per outlet; --single-host: all on 127.0.0.1).",
                "Prints 'ready' on standard output once serving."})
final class IngestOutletsCommand implements Callable<Integer> {
    private static final Pattern PATH = Pattern.compile("^/o(\\d+)/(?:(feed\\.xml)|\\d{4}/\\d{2}/\\d{2}/(\\d+)-[a-z0-9-]+\\.html)$");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--feeds", defaultValue = "50", description = "Outlets, one feed each. Default: ${DEFAULT-VALUE}")
    int feeds;
    @Option(names = "--items", defaultValue = "200", description = "Entries (article pages) per feed. Default: ${DEFAULT-VALUE}")
    int items;
    @Option(names = "--port", required = true, description = "TCP port, the same on every loopback address.")
    int port;
    @Option(names = "--seed", defaultValue = "1", description = "Seed of all generated text. Default: ${DEFAULT-VALUE}")
    long seed;
    @Option(names = "--single-host", description = "Serve every outlet on 127.0.0.1 instead of one address each.")
    boolean singleHost;
    @Option(names = "--opml", paramLabel = "FILE",
            description = "Write the sources as OPML (full-text, language en, no translation) for 'newsdesk sources import-opml'.")
    Path opml;

    private IngestFixture fixture;
    private byte[][] feedsGz;
    private byte[][][] pagesGz;
    private final AtomicLong served = new AtomicLong();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the body then waits for
        // the client's delayed ACK (40 ms on Linux) and every page costs 40 ms. Real servers set TCP_NODELAY.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Instant newest = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        fixture = new IngestFixture(feeds, items, seed, newest, !singleHost, port);
        long t0 = System.nanoTime();
        long[] raw = new long[feeds * items];
        feedsGz = new byte[feeds][];
        pagesGz = new byte[feeds][items][];
        IntStream.range(0, feeds).parallel().forEach(f -> {
            feedsGz[f] = gzip(fixture.rss(f).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < items; i++) {
                byte[] page = fixture.page(f, i).getBytes(StandardCharsets.UTF_8);
                raw[f * items + i] = page.length;
                pagesGz[f][i] = gzip(page);
            }
        });
        long gz = 0;
        for (byte[][] pages : pagesGz) for (byte[] p : pages) gz += p.length;
        java.util.LongSummaryStatistics sizes = java.util.Arrays.stream(raw).summaryStatistics();
        out.printf("generated %d feeds and %d pages in %.1f s: pages %.1f kB on average (min %.1f, max %.1f), %.0f MB in all, %.0f MB gzipped%n",
                feeds, raw.length, (System.nanoTime() - t0) / 1e9, sizes.getAverage() / 1024, sizes.getMin() / 1024.0,
                sizes.getMax() / 1024.0, sizes.getSum() / 1048576.0, gz / 1048576.0);
        if (opml != null) Files.writeString(opml, opml(), StandardCharsets.UTF_8);

        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        List<HttpServer> servers = new ArrayList<>();
        List<String> hosts = IntStream.range(0, feeds).mapToObj(fixture::host).distinct().toList();
        for (String host : hosts) {
            HttpServer s;
            try {
                s = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 256);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind " + host + ":" + port, e);
            }
            s.setExecutor(executor);
            s.createContext("/", ex -> {
                try (ex) {
                    handle(ex);
                }
            });
            s.start();
            servers.add(s);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (HttpServer s : servers) s.stop(0);
        }));
        out.printf("ready: %d outlets on %s:%d (%s … %s)%n", feeds, hosts.size() == 1 ? hosts.getFirst() : hosts.size() + " loopback addresses",
                port, fixture.feedUrl(0), fixture.feedUrl(feeds - 1));
        out.flush();
        Thread.currentThread().join(); // until stopped
        return 0;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            send(ex, 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        Matcher m = PATH.matcher(path);
        int f = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (f < 0 || f >= feeds) {
            send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        if (m.group(2) != null) {
            send(ex, 200, "application/rss+xml; charset=utf-8", feedsGz[f], true);
            return;
        }
        int item = Integer.parseInt(m.group(3));
        if (item >= items || !path.equals("/o" + f + "/" + fixture.articlePath(f, item))) {
            send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        served.incrementAndGet();
        send(ex, 200, "text/html; charset=utf-8", pagesGz[f][item], true);
    }

    /** Sends the gzipped bytes as they are when the client accepts gzip (the importer does), else inflated. */
    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean gzipped) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (gzipped) {
            String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
            if (accept != null && accept.contains("gzip")) {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                ex.getResponseHeaders().set("Vary", "Accept-Encoding");
            } else {
                try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                }
            }
        }
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(data.length / 3);
        try (GZIPOutputStream z = new GZIPOutputStream(buf)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    private String opml() {
        List<Opml.Entry> entries = new ArrayList<>();
        for (int f = 0; f < feeds; f++) {
            entries.add(new Opml.Entry(fixture.feedUrl(f), fixture.base(f), fixture.outletName(f), fixture.outletName(f), "en", "rss",
                    "rss", "full-text", null, Boolean.FALSE, null, null, null, null, null, null, null));
        }
        return Opml.write(entries, ZonedDateTime.now(ZoneOffset.UTC));
    }
}
