package io.newsdesk.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.accounts.Accounts;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.ingest.pipeline.FixtureWeb;
import io.newsdesk.app.ingest.pipeline.Outlets;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.DatabaseUrl;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.store.TestPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code serve} nodes, separate JVMs, on one PostgreSQL, importing the same sources from a loopback server at
 * once: the node running the import scheduler is killed with SIGKILL mid-import, the other two take over its task
 * and, once their leases expire, its jobs; every item is published exactly once. Then an editor logs in on one node,
 * approves a comment on another, and the third node's cached article page shows it within two seconds.
 */
class SeveralNodesTest {
    private static final int SOURCES = 3;
    private static final int ITEMS_PER_SOURCE = 15;
    private static final int ITEMS = SOURCES * ITEMS_PER_SOURCE;
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private final List<Process> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (Process p : nodes) p.destroyForcibly();
        for (Process p : nodes) p.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void threeNodesImportEachItemOnceSurviveAKilledNodeAndShowAChangeEverywhere() throws Exception {
        long start = System.nanoTime();
        DatabaseUrl url = TestPostgres.freshDatabase();
        try (FixtureWeb web = new FixtureWeb(); Database db = Database.postgresql(url)) {
            Stores stores = Stores.over(db.jdbi());
            stores.sections().create("world", "World", null, 1);
            for (int s = 1; s <= SOURCES; s++) addSource(web, db, s);

            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ports.add(freePort());
                nodes.add(node(i, url, ports.get(i)));
            }
            for (int i = 0; i < 3; i++) awaitServing(i, ports.get(i));
            long serving = System.nanoTime();

            // the node that schedules the import is the one to kill, once its workers hold jobs
            String scheduler = await("a node takes the scheduler's lease", Duration.ofSeconds(30),
                    () -> holder(db, "import-scheduler") != null, () -> holder(db, "import-scheduler"));
            int victim = Integer.parseInt(scheduler.substring("node-".length()));
            String victimOwner = "%/" + nodes.get(victim).pid() + "/%";
            await("the scheduler's node works on jobs", Duration.ofSeconds(30),
                    () -> count(db, "SELECT COUNT(*) FROM jobs WHERE state = 'running' AND lease_owner LIKE '" + victimOwner + "'") > 0
                            && count(db, "SELECT COUNT(*) FROM articles") >= 3, () -> "");
            nodes.get(victim).destroyForcibly(); // SIGKILL: no shutdown hook, its leases stay until they expire
            assertThat(nodes.get(victim).waitFor(10, TimeUnit.SECONDS)).isTrue();
            List<String> orphaned = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM jobs WHERE state = 'running' AND lease_owner LIKE :owner").bind("owner", victimOwner)
                    .mapTo(String.class).list());
            assertThat(orphaned).as("the killed node held jobs").isNotEmpty();
            int before = count(db, "SELECT COUNT(*) FROM articles");
            assertThat(before).as("killed mid-import").isLessThan(ITEMS);

            await("the other nodes finish the import", Duration.ofSeconds(60),
                    () -> count(db, "SELECT COUNT(*) FROM imported_items") >= ITEMS
                            && count(db, "SELECT COUNT(*) FROM jobs WHERE state <> 'done'") == 0, () -> logs());
            long imported = System.nanoTime();
            assertThat(count(db, "SELECT COUNT(*) FROM articles")).as(logs()).isEqualTo(ITEMS);
            assertThat(count(db, "SELECT COUNT(DISTINCT original_url) FROM articles")).isEqualTo(ITEMS);
            assertThat(count(db, "SELECT COUNT(*) FROM articles WHERE status = 'published'")).isEqualTo(ITEMS);
            for (String id : orphaned) {
                String state = db.jdbi().withHandle(h -> h.createQuery("SELECT state FROM jobs WHERE id = :id")
                        .bind("id", id).mapTo(String.class).one());
                assertThat(state).as("job %s of the killed node, done by another", id).isEqualTo("done");
            }
            String newScheduler = await("another node takes the scheduler over", Duration.ofSeconds(30),
                    () -> !scheduler.equals(holder(db, "import-scheduler")) && holder(db, "import-scheduler") != null,
                    () -> holder(db, "import-scheduler"));
            assertThat(newScheduler).isNotEqualTo(scheduler);

            int reader = (victim + 1) % 3;
            int editor = (victim + 2) % 3;
            String[] article = db.jdbi().withHandle(h -> h.createQuery("SELECT id, slug FROM articles ORDER BY id LIMIT 1")
                    .map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("slug")}).one());
            String page = SitePaths.article(article[1]);
            Comment waiting = stores.comments().add(article[0], null, "Ana", "ana@example.org",
                    "Seen from every node of the site.", Comment.Status.PENDING, Instant.now());
            assertThat(get(ports.get(reader), page, null).body()).doesNotContain("Seen from every node"); // now cached there

            // the session and the form tokens of one node are good on another: the keys are the database's
            new Accounts(db.jdbi(), Clock.systemUTC()).create("editor", Role.EDITOR, PASSWORD.toCharArray(), AuditLog.Actor.anonymous("test"));
            String loginToken = Jsoup.parse(get(ports.get(reader), "/admin/login", null).body()).selectFirst("input[name=csrf]").val();
            HttpResponse<String> login = post(ports.get(editor), "/admin/login", "csrf=" + enc(loginToken) + "&name=editor&password="
                    + enc(PASSWORD), null);
            assertThat(login.statusCode()).as("a login form from one node is taken by another").isEqualTo(303);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String csrf = Jsoup.parse(get(ports.get(reader), "/admin/comments", cookie).body())
                    .selectFirst("form.moderation-form input[name=csrf]").val();
            HttpResponse<String> approved = post(ports.get(editor), "/admin/comments/" + waiting.id() + "/approve", "csrf=" + enc(csrf), cookie);
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(303);
            long approvedAt = System.nanoTime();

            await("the approved comment shows on the other node", Duration.ofSeconds(2),
                    () -> get(ports.get(reader), page, null).body().contains("Seen from every node"), () -> logs());
            long shown = System.nanoTime();
            assertThat(Duration.ofNanos(shown - approvedAt)).isLessThan(Duration.ofSeconds(2));
            System.out.printf("several nodes: serving after %d ms, import done %d ms later (%d jobs of the killed node taken over),"
                    + " comment shown on another node %d ms after approval%n", (serving - start) / 1_000_000, (imported - serving) / 1_000_000,
                    orphaned.size(), (shown - approvedAt) / 1_000_000);
        }
    }

    private void addSource(FixtureWeb web, Database db, int s) {
        List<Outlets.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= ITEMS_PER_SOURCE; i++) {
            String title = "Outlet " + s + " story " + i + " about the harbour";
            byte[] html = Outlets.page("en", title, Outlets.paragraphs(title)).getBytes(StandardCharsets.UTF_8);
            String path = "/o" + s + "/news/" + i;
            web.on(path, (ex, before) -> {
                try {
                    Thread.sleep(400); // slow enough that the kill lands while jobs are leased
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                FixtureWeb.send(ex, 200, "text/html; charset=utf-8", html);
            });
            entries.add(new Outlets.Entry(title, web.url(path), "o" + s + "-" + i, "Mon, 01 Jun 2026 10:00:00 GMT"));
        }
        web.put("/o" + s + "/feed.xml", "application/rss+xml", Outlets.rss("Outlet " + s, entries));
        new SourceStore(db.jdbi()).add(NewSource.of(web.url("/o" + s + "/feed.xml"), SourceKind.RSS, "Outlet " + s)
                .withLanguage("en").withPolicy(ContentPolicy.FULL_TEXT));
    }

    private Process node(int i, DatabaseUrl url, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = Files.createDirectories(dir.resolve("node-" + i));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "io.newsdesk.app.cli.Main", "serve", "--no-demo", "--allow-private-networks", "--port", String.valueOf(port),
                "--data", data.toString());
        pb.environment().put("NEWSDESK_DATABASE_URL", url.toString());
        pb.environment().put("NEWSDESK_NODE_ID", "node-" + i);
        pb.environment().put("NEWSDESK_LEASE_SECONDS", "3");
        pb.environment().put("NEWSDESK_JOB_LEASE_SECONDS", "5");
        pb.environment().put("NEWSDESK_MEDIA_DIR", dir.resolve("shared-media").toString());
        pb.environment().put("NEWSDESK_FETCH_HOST_DELAY_MS", "0");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("node-" + i + ".log").toFile());
        return pb.start();
    }

    private void awaitServing(int i, int port) throws Exception {
        await("node " + i + " serves", Duration.ofSeconds(120), () -> { // generous: a loaded build machine starts JVMs slowly
            if (!nodes.get(i).isAlive()) throw new AssertionError("node " + i + " ended: " + logs());
            try {
                return get(port, "/", null).statusCode() == 200;
            } catch (java.io.IOException e) {
                return false;
            }
        }, () -> logs());
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String form, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    @FunctionalInterface
    private interface Detail {
        String get() throws Exception;
    }

    /** Polls every 50 ms until {@code check} holds; fails with {@code detail} after {@code limit}; returns the detail. */
    private static String await(String what, Duration limit, Check check, Detail detail) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > end) throw new AssertionError(what + ": not within " + limit + "\n" + detail.get());
            Thread.sleep(50);
        }
        return detail.get();
    }

    private static String holder(Database db, String lease) {
        return new NodeLeases(db.jdbi(), Clock.systemUTC()).holder(lease)
                .filter(h -> h.expiresAt() > System.currentTimeMillis()).map(NodeLeases.Holder::node).orElse(null);
    }

    private String logs() throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            Path log = dir.resolve("node-" + i + ".log");
            if (Files.exists(log)) b.append("--- node ").append(i).append('\n').append(Files.readString(log));
        }
        return b.toString();
    }

    private static int count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
