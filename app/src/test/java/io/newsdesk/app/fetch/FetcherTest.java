package io.newsdesk.app.fetch;

import static io.newsdesk.app.fetch.TestServer.respond;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.BrotliOutputStream;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fetcher against real HTTP servers on 127.0.0.1, including hostile ones. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FetcherTest {
    static final String CONTACT = "https://newsdesk.example/contact";

    TestServer server;
    final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        closeables.add(server);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closeables.reversed()) {
            c.close();
        }
    }

    /** Loopback allowed, short timeouts, tiny backoff, no host delay. */
    static FetcherConfig testConfig() {
        return FetcherConfig.defaults(CONTACT)
                .withLimits(FetchLimits.DEFAULTS.withConnectTimeout(Duration.ofSeconds(2)).withTotalTimeout(Duration.ofSeconds(5)))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)))
                .withMinHostDelay(Duration.ZERO)
                .withAllowPrivateNetworks(true);
    }

    Fetcher fetcher(FetcherConfig config) {
        Fetcher f = new Fetcher(config);
        closeables.add(f);
        return f;
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void fetchesAGzippedFeedAndIdentifiesItself() throws Exception {
        byte[] feed = "<rss><channel><title>Ünïcode feed</title></channel></rss>".getBytes(UTF_8);
        server.on("/feed.xml", ex -> respond(ex, 200, gzip(feed), "Content-Encoding", "gzip",
                "Content-Type", "application/rss+xml; charset=utf-8", "ETag", "\"v1\"", "Last-Modified", "Tue, 03 Nov 2026 10:00:00 GMT"));

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.feed(server.url("/feed.xml")));

        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(feed);
        assertThat(r.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(r.etag()).isEqualTo("\"v1\"");
        assertThat(r.lastModified()).isEqualTo("Tue, 03 Nov 2026 10:00:00 GMT");
        assertThat(r.finalUrl().toString()).isEqualTo(server.url("/feed.xml"));
        TestServer.Hit hit = server.hits.getFirst();
        assertThat(hit.header("User-Agent")).startsWith("Newsdesk/").contains(CONTACT);
        assertThat(hit.header("Accept-Encoding")).isEqualTo("gzip, deflate, br");
    }

    @Test
    void decodesZlibAndRawDeflate() throws Exception {
        byte[] text = "deflated body ".repeat(100).getBytes(UTF_8);
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(zlib)) {
            d.write(text);
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(raw, new java.util.zip.Deflater(6, true))) {
            d.write(text);
        }
        server.on("/zlib", ex -> respond(ex, 200, zlib.toByteArray(), "Content-Encoding", "deflate"));
        server.on("/raw", ex -> respond(ex, 200, raw.toByteArray(), "Content-Encoding", "deflate"));
        Fetcher fetcher = fetcher(testConfig());

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/zlib"))).body()).isEqualTo(text);
        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/raw"))).body()).isEqualTo(text);
    }

    /** Brotli is only decoded in production; tests encode with brotli4j's native library. */
    static byte[] brotli(byte[] data, int copies) throws IOException {
        Brotli4jLoader.ensureAvailability();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BrotliOutputStream br = new BrotliOutputStream(out, new Encoder.Parameters().setQuality(5))) {
            for (int i = 0; i < copies; i++) {
                br.write(data);
            }
        }
        return out.toByteArray();
    }

    @Test
    void decodesBrotli() throws Exception {
        byte[] page = "<html><body><p>Brötli-encoded story</p></body></html>".repeat(50).getBytes(UTF_8);
        server.on("/robots.txt", ex -> respond(ex, 200, brotli("User-agent: *\nAllow: /\n".getBytes(UTF_8), 1),
                "Content-Encoding", "br"));
        server.on("/story", ex -> respond(ex, 200, brotli(page, 1), "Content-Encoding", "br", "Content-Type", "text/html"));

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.page(server.url("/story")));

        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(r.body()).isEqualTo(page);
    }

    @Test
    void brotliBombStopsAtTheLimit() throws Exception {
        // 256 MB of zeros: brotli shrinks them to a few hundred bytes
        byte[] bomb = brotli(new byte[1 << 20], 256);
        assertThat(bomb.length).isLessThan(64 * 1024);
        server.on("/bomb", ex -> respond(ex, 200, bomb, "Content-Encoding", "br"));
        long limit = 4L * 1024 * 1024;
        Fetcher fetcher = fetcher(testConfig().withLimits(testConfig().limits().withMaxBodyBytes(limit)));

        FetchResult r = fetcher.fetch(FetchRequest.feed(server.url("/bomb")));

        assertThat(r.failure()).as(r.toString()).isEqualTo(FailureCause.TOO_LARGE);
        assertThat(r.message()).startsWith("decompressed body larger than " + limit + " bytes");
        assertThat(server.count("/bomb")).isEqualTo(1); // not retried
    }

    @Test
    void corruptBrotliIsADecodingFailure() throws Exception {
        byte[] valid = brotli("a story that will be cut short ".repeat(200).getBytes(UTF_8), 1);
        server.on("/garbage", ex -> respond(ex, 200, "this is not brotli".getBytes(UTF_8), "Content-Encoding", "br"));
        server.on("/truncated", ex -> respond(ex, 200, java.util.Arrays.copyOf(valid, valid.length / 2), "Content-Encoding", "br"));
        Fetcher fetcher = fetcher(testConfig());

        for (String path : List.of("/garbage", "/truncated")) {
            FetchResult r = fetcher.fetch(FetchRequest.feed(server.url(path)));
            assertThat(r.failure()).as(path + " -> " + r).isEqualTo(FailureCause.DECODING);
            assertThat(r.message()).as(path).startsWith("corrupt br body: ").endsWith(" from " + server.url(path));
        }
    }

    @Test
    void conditionalGetGivesNotModified() {
        server.on("/feed.xml", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            if ("\"v7\"".equals(inm) || "Tue, 03 Nov 2026 10:00:00 GMT".equals(ims)) {
                respond(ex, 304, new byte[0], "ETag", "\"v7\"");
            } else {
                respond(ex, 200, "<rss/>".getBytes(UTF_8), "ETag", "\"v7\"", "Last-Modified", "Tue, 03 Nov 2026 10:00:00 GMT");
            }
        });
        Fetcher fetcher = fetcher(testConfig());

        FetchResult first = fetcher.fetch(FetchRequest.feed(server.url("/feed.xml")));
        assertThat(first.notModified()).isFalse();
        FetchResult byEtag = fetcher.fetch(FetchRequest.feed(server.url("/feed.xml")).conditional(first.etag(), null));
        FetchResult byDate = fetcher.fetch(FetchRequest.feed(server.url("/feed.xml")).conditional(null, first.lastModified()));

        for (FetchResult r : List.of(byEtag, byDate)) {
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(r.notModified()).isTrue();
            assertThat(r.status()).isEqualTo(304);
            assertThat(r.body()).isEmpty();
        }
        assertThat(server.hits.get(1).header("If-None-Match")).isEqualTo("\"v7\"");
        assertThat(server.hits.get(2).header("If-Modified-Since")).isEqualTo("Tue, 03 Nov 2026 10:00:00 GMT");
    }

    @Test
    void compressionBombStopsAtTheLimit() throws Exception {
        // 500 MB of zeros gzip to about half a megabyte
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 65536)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 500; i++) {
                gz.write(zeros);
            }
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        server.on("/bomb", ex -> respond(ex, 200, bomb, "Content-Encoding", "gzip"));
        long limit = 4L * 1024 * 1024; // the compressed body fits, the expanded one does not
        Fetcher fetcher = fetcher(testConfig().withLimits(testConfig().limits().withMaxBodyBytes(limit)));

        FetchResult r = fetcher.fetch(FetchRequest.feed(server.url("/bomb")));

        assertThat(r.failure()).as(r.toString()).isEqualTo(FailureCause.TOO_LARGE);
        assertThat(r.message()).contains("decompressed");
        assertThat(server.count("/bomb")).isEqualTo(1); // not retried
    }

    @Test
    void oversizedBodyIsCutOffWhileStreaming() {
        byte[] big = new byte[200_000];
        server.on("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to reject up front
            try (OutputStream o = ex.getResponseBody()) {
                o.write(big);
            } catch (IOException expected) {
                // the client hangs up at the limit
            }
        });
        server.on("/declared", ex -> respond(ex, 200, big));
        Fetcher fetcher = fetcher(testConfig().withLimits(testConfig().limits().withMaxBodyBytes(10_000)));

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/chunked"))).failure()).isEqualTo(FailureCause.TOO_LARGE);
        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/declared"))).failure()).isEqualTo(FailureCause.TOO_LARGE);
    }

    @Test
    void tricklingBodyHitsTheTotalTimeout() throws Exception {
        ServerSocket trickle = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        closeables.add(trickle);
        java.util.concurrent.CountDownLatch hungUp = new java.util.concurrent.CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            try (Socket s = trickle.accept()) {
                readHead(s.getInputStream());
                OutputStream o = s.getOutputStream();
                o.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n".getBytes(UTF_8));
                o.flush();
                for (int i = 0; i < 1000; i++) { // one byte a second
                    o.write('x');
                    o.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException e) {
                hungUp.countDown(); // the client gave up and closed the connection, as it should
            } catch (InterruptedException ignored) {
                // test over
            }
        });
        Fetcher fetcher = fetcher(testConfig()
                .withLimits(testConfig().limits().withTotalTimeout(Duration.ofSeconds(2)))
                .withRetry(RetryPolicy.none()));

        long t0 = System.nanoTime();
        FetchResult r = fetcher.fetch(FetchRequest.feed("http://127.0.0.1:" + trickle.getLocalPort() + "/slow"));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);

        assertThat(r.failure()).as(r.toString()).isEqualTo(FailureCause.TIMEOUT);
        assertThat(seconds).isLessThan(10);
        // the connection is not left open: the server's next writes fail (a few seconds at one byte a second)
        assertThat(hungUp.await(15, TimeUnit.SECONDS)).isTrue();
    }

    static void readHead(InputStream in) throws IOException {
        int state = 0;
        while (state < 4) {
            int c = in.read();
            if (c < 0) {
                return;
            }
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
    }

    @Test
    void redirectLoopIsDetected() {
        server.on("/a", ex -> respond(ex, 302, new byte[0], "Location", "/b"));
        server.on("/b", ex -> respond(ex, 301, new byte[0], "Location", server.url("/a")));

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.feed(server.url("/a")));

        assertThat(r.failure()).as(r.toString()).isEqualTo(FailureCause.REDIRECT_LOOP);
        assertThat(server.hits).hasSize(2);
    }

    @Test
    void followsFiveRedirectsButNotSix() {
        // /hop/N redirects to /hop/N-1; /hop/0 is the content
        server.on("/hop/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/hop/".length()));
            if (n == 0) {
                respond(ex, 200, "arrived".getBytes(UTF_8));
            } else {
                respond(ex, n % 2 == 0 ? 307 : 308, new byte[0], "Location", "/hop/" + (n - 1));
            }
        });
        Fetcher fetcher = fetcher(testConfig());

        FetchResult five = fetcher.fetch(FetchRequest.feed(server.url("/hop/5")));
        assertThat(five.ok()).as(five.toString()).isTrue();
        assertThat(five.finalUrl().toString()).isEqualTo(server.url("/hop/0"));
        assertThat(new String(five.body(), UTF_8)).isEqualTo("arrived");

        FetchResult six = fetcher.fetch(FetchRequest.feed(server.url("/hop/6")));
        assertThat(six.failure()).as(six.toString()).isEqualTo(FailureCause.TOO_MANY_REDIRECTS);
        assertThat(server.count("/hop/0")).isEqualTo(1); // the sixth redirect was not followed
    }

    @Test
    void serverErrorsAreRetriedUntilSuccess() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", ex -> {
            if (calls.incrementAndGet() <= 2) {
                respond(ex, 500, "oops".getBytes(UTF_8));
            } else {
                respond(ex, 200, "fine".getBytes(UTF_8));
            }
        });

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.feed(server.url("/flaky")));

        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(new String(r.body(), UTF_8)).isEqualTo("fine");
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(calls).hasValue(3);
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.on("/gone", ex -> respond(ex, 404, "no".getBytes(UTF_8)));

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.feed(server.url("/gone")));

        assertThat(r.failure()).isEqualTo(FailureCause.HTTP_STATUS);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.attempts()).isEqualTo(1);
        assertThat(server.count("/gone")).isEqualTo(1);
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                respond(ex, 429, new byte[0], "Retry-After", "1");
            } else {
                respond(ex, 200, "ok".getBytes(UTF_8));
            }
        });

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.feed(server.url("/busy")));

        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(r.attempts()).isEqualTo(2);
        // measured on the server; the backoff alone would have been about 20 ms
        long gapMillis = TimeUnit.NANOSECONDS.toMillis(server.hits.get(1).nanos() - server.hits.get(0).nanos());
        assertThat(gapMillis).isGreaterThanOrEqualTo(900);
    }

    @Test
    void retryAfterLongerThanTheCapEndsTheFetchAndIsReported() {
        server.on("/down", ex -> respond(ex, 503, new byte[0], "Retry-After", "3600"));

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.feed(server.url("/down")));

        assertThat(r.failure()).isEqualTo(FailureCause.HTTP_STATUS);
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.retryAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(server.count("/down")).isEqualTo(1);
    }

    @Test
    void redirectToAPrivateAddressIsRefused() {
        server.on("/metadata", ex -> respond(ex, 302, new byte[0], "Location", "http://169.254.169.254/latest/meta-data/"));
        server.on("/intranet", ex -> respond(ex, 301, new byte[0], "Location", "http://10.1.2.3/admin"));
        // the test server's own origin is trusted so it can be reached, private networks are not
        Fetcher fetcher = fetcher(testConfig().withAllowPrivateNetworks(false).withTrustedOrigin(server.url("/")));

        FetchResult metadata = fetcher.fetch(FetchRequest.feed(server.url("/metadata")));
        FetchResult intranet = fetcher.fetch(FetchRequest.page(server.url("/intranet")));

        assertThat(metadata.failure()).as(metadata.toString()).isEqualTo(FailureCause.PRIVATE_ADDRESS);
        assertThat(metadata.message()).contains("169.254.169.254").contains("link-local");
        assertThat(intranet.failure()).as(intranet.toString()).isEqualTo(FailureCause.PRIVATE_ADDRESS);
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        server.on("/feed.xml", ex -> respond(ex, 200, "<rss/>".getBytes(UTF_8)));
        Fetcher fetcher = fetcher(testConfig().withAllowPrivateNetworks(false));

        FetchResult r = fetcher.fetch(FetchRequest.feed(server.url("/feed.xml")));

        assertThat(r.failure()).as(r.toString()).isEqualTo(FailureCause.PRIVATE_ADDRESS);
        assertThat(r.message()).contains("loopback").contains("NEWSDESK_ALLOW_PRIVATE_NETWORKS").contains("--allow-private-networks");
        assertThat(server.hits).isEmpty();
    }

    /**
     * Issue 18.1: trusting one loopback server (the demo outlets) must not open the machine's other loopback
     * services, neither directly, nor through a redirect, nor under another name for the same address.
     */
    @Test
    void aTrustedLoopbackOriginOpensThatServerOnlyNotOtherLoopbackServicesOrRedirectsToThem() throws IOException {
        TestServer internal = new TestServer();
        closeables.add(internal);
        internal.on("/internal.xml", ex -> respond(ex, 200, "<rss><channel><title>secret</title></channel></rss>".getBytes(UTF_8)));
        server.on("/feed.xml", ex -> respond(ex, 200, "<rss/>".getBytes(UTF_8)));
        server.on("/to-internal", ex -> respond(ex, 302, new byte[0], "Location", internal.url("/internal.xml")));
        String asLocalhost = server.url("/feed.xml").replace("127.0.0.1", "localhost");
        server.on("/to-localhost", ex -> respond(ex, 302, new byte[0], "Location", asLocalhost));
        Fetcher fetcher = fetcher(testConfig().withAllowPrivateNetworks(false).withTrustedOrigin(server.url("/")));

        FetchResult trusted = fetcher.fetch(FetchRequest.feed(server.url("/feed.xml")));
        FetchResult direct = fetcher.fetch(FetchRequest.feed(internal.url("/internal.xml")));
        FetchResult redirected = fetcher.fetch(FetchRequest.feed(server.url("/to-internal")));
        FetchResult page = fetcher.fetch(FetchRequest.page(internal.url("/page/1.html")));
        FetchResult otherName = fetcher.fetch(FetchRequest.feed(server.url("/to-localhost")));

        assertThat(trusted.ok()).as(trusted.toString()).isTrue();
        for (FetchResult r : List.of(direct, redirected, page, otherName)) {
            assertThat(r.failure()).as(r.toString()).isEqualTo(FailureCause.PRIVATE_ADDRESS);
        }
        assertThat(internal.hits).isEmpty();
        assertThat(server.count("/feed.xml")).isEqualTo(1);
    }

    @Test
    void robotsTxtBlocksPagesButNotFeeds() {
        server.on("/robots.txt", ex -> respond(ex, 200, """
                User-agent: *
                Disallow: /

                User-agent: Newsdesk
                Disallow: /news/secret
                Allow: /news/secret/open
                """.getBytes(UTF_8), "Content-Type", "text/plain"));
        server.on("/news/", ex -> respond(ex, 200, "<html></html>".getBytes(UTF_8)));
        Fetcher fetcher = fetcher(testConfig());

        FetchResult blocked = fetcher.fetch(FetchRequest.page(server.url("/news/secret/story-1")));
        FetchResult feed = fetcher.fetch(FetchRequest.feed(server.url("/news/secret/feed.xml")));
        FetchResult open = fetcher.fetch(FetchRequest.page(server.url("/news/secret/open/story-2")));
        FetchResult other = fetcher.fetch(FetchRequest.page(server.url("/news/story-3")));

        assertThat(blocked.failure()).as(blocked.toString()).isEqualTo(FailureCause.ROBOTS);
        assertThat(server.count("/news/secret/story-1")).isZero();
        assertThat(feed.ok()).as(feed.toString()).isTrue();
        assertThat(open.ok()).as(open.toString()).isTrue();
        assertThat(other.ok()).as(other.toString()).isTrue();
        assertThat(server.count("/robots.txt")).isEqualTo(1); // fetched once, then cached
    }

    @Test
    void robotsTxtIsCheckedOnEveryRedirectHop() {
        server.on("/robots.txt", ex -> respond(ex, 200, "User-agent: *\nDisallow: /members\n".getBytes(UTF_8)));
        server.on("/story", ex -> respond(ex, 302, new byte[0], "Location", "/members/story"));

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.page(server.url("/story")));

        assertThat(r.failure()).as(r.toString()).isEqualTo(FailureCause.ROBOTS);
        assertThat(server.count("/members/story")).isZero();
    }

    @Test
    void missingRobotsTxtAllowsEverything() {
        server.on("/robots.txt", ex -> respond(ex, 404, new byte[0]));
        server.on("/page", ex -> respond(ex, 200, "<html></html>".getBytes(UTF_8)));

        assertThat(fetcher(testConfig()).fetch(FetchRequest.page(server.url("/page"))).ok()).isTrue();
    }

    @Test
    void requestsToOneHostAreSerializedAndSpacedOut() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        List<long[]> spans = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.on("/item/", ex -> {
            long start = System.nanoTime();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            spans.add(new long[] {start, System.nanoTime()}); // before the response: no race with the next request
            respond(ex, 200, "x".getBytes(UTF_8));
        });
        Duration minDelay = Duration.ofMillis(150);
        Fetcher fetcher = fetcher(testConfig().withMinHostDelay(minDelay));

        List<Future<FetchResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 4; i++) {
                String url = server.url("/item/" + i);
                results.add(pool.submit(() -> fetcher.fetch(FetchRequest.feed(url))));
            }
        }

        for (Future<FetchResult> f : results) {
            assertThat(f.get().ok()).isTrue();
        }
        assertThat(maxInFlight).hasValue(1);
        List<long[]> sorted = spans.stream().sorted((a, b) -> Long.compare(a[0], b[0])).toList();
        assertThat(sorted).hasSize(4);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i)[0] - sorted.get(i - 1)[1]).isGreaterThanOrEqualTo(minDelay.toNanos());
        }
    }

    @Test
    void connectionRefusedIsReported() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.feed("http://127.0.0.1:" + port + "/feed"));

        assertThat(r.failure()).as(r.toString()).isEqualTo(FailureCause.CONNECT);
        assertThat(r.attempts()).isEqualTo(1);
    }

    @Test
    void badUrlsAreRejectedWithoutANetworkRequest() {
        Fetcher fetcher = fetcher(testConfig());

        for (String url : List.of("ftp://example.com/feed", "file:///etc/passwd", "not a url", "http:///nohost", "mailto:x@example.com")) {
            FetchResult r = fetcher.fetch(FetchRequest.feed(url));
            assertThat(r.failure()).as(url + " -> " + r).isEqualTo(FailureCause.BAD_URL);
        }
    }

    @Test
    void corruptGzipIsADecodingFailure() {
        server.on("/broken", ex -> respond(ex, 200, "this is not gzip".getBytes(UTF_8), "Content-Encoding", "gzip"));

        FetchResult r = fetcher(testConfig()).fetch(FetchRequest.feed(server.url("/broken")));

        assertThat(r.failure()).isEqualTo(FailureCause.DECODING);
    }
}
