package io.newsdesk.app.distribute.websub;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.demo.DemoSite;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import io.newsdesk.app.store.Stores;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pings a local WebSub hub receives, on either database: the right feeds, once per batch, again after a failure. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WebSubPingerTest {
    @Parameter
    TestDatabase database;

    static final String BASE = "https://news.example";

    @TempDir
    Path dir;
    Database db;
    Stores stores;
    HttpServer hub;
    /** Each publish request's body as the hub received it. */
    final List<String> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failures = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        db = database.fresh(dir).open();
        stores = Stores.over(db.jdbi());
        DemoSite.load(stores, dir, Clock.systemUTC());
        // a local hub endpoint: accepts publish notifications with 204 as the WebSub specification says,
        // or fails with 503 while told to
        hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hub.createContext("/hub", ex -> {
            try (ex) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean form = "application/x-www-form-urlencoded".equals(ex.getRequestHeaders().getFirst("Content-Type"));
                if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || !form || !"POST".equals(ex.getRequestMethod())) {
                    ex.sendResponseHeaders(503, -1);
                    return;
                }
                received.add(body);
                ex.sendResponseHeaders(204, -1);
            }
        });
        hub.start();
    }

    @AfterEach
    void tearDown() {
        hub.stop(0);
        db.close();
    }

    WebSubPinger pinger() {
        URI uri = URI.create("http://127.0.0.1:" + hub.getAddress().getPort() + "/hub");
        return new WebSubPinger(db.jdbi(), new WebSubConfig(uri, BASE), Duration.ZERO, Duration.ZERO);
    }

    Article publish(String title, Section section, List<String> authorIds, Outlet outlet) {
        ArticleDraft.Imported imported = outlet == null ? null
                : new ArticleDraft.Imported(outlet.id(), "https://wire.example/" + title.hashCode(), title, "en", false);
        return new ArticleWriter(stores.jdbi(), stores.articles()).save(new ArticleDraft(title, null, "<p>Text of " + title + ".</p>",
                null, null, null, null, section.id(), authorIds, "en", ArticleStatus.PUBLISHED, Instant.now(), null, imported));
    }

    List<String> pingedFeeds() {
        return received.stream().map(b -> {
            assertThat(b).startsWith("hub.mode=publish&hub.url=");
            return URLDecoder.decode(b.substring("hub.mode=publish&hub.url=".length()), StandardCharsets.UTF_8);
        }).toList();
    }

    static List<String> three(String page) {
        return List.of(BASE + page + "/rss.xml", BASE + page + "/atom.xml", BASE + page + "/feed.json");
    }

    @Test
    void eachChangedFeedIsPingedOncePerBatch() throws Exception {
        WebSubPinger pinger = pinger();
        assertThat(pinger.runOnce()).as("the first run only sets the watermark").isZero();
        Thread.sleep(5);
        Section section = stores.sections().all().get(0);
        Author author = stores.authors().create("mira-test", "Mira Test", null);
        Outlet outlet = stores.outlets().create("wire-test", "Wire Test", "https://wire.example", "en", null);
        Article one = publish("Harbour dues rise", section, List.of(author.id()), outlet);
        publish("Harbour dues explained", section, List.of(author.id()), null);
        Thread.sleep(5);

        pinger.runOnce();

        List<String> expected = new java.util.ArrayList<>(three(""));
        expected.addAll(three("/section/" + section.slug()));
        expected.addAll(three("/author/mira-test"));
        expected.addAll(three("/outlet/wire-test"));
        assertThat(pingedFeeds()).as("two articles, one ping per feed").containsExactlyInAnyOrderElementsOf(expected);

        pinger.runOnce();
        assertThat(received).as("nothing changed since").hasSize(12);

        // a story cluster's feeds too, and unpublishing changes the feeds the article leaves
        db.jdbi().useHandle(h -> {
            h.createUpdate("INSERT INTO stories (id, title, created_at, updated_at) VALUES ('st1', 'Dues', 0, 0)").execute();
            h.createUpdate("UPDATE articles SET story_id = 'st1' WHERE id = :id").bind("id", one.id()).execute();
        });
        new io.newsdesk.app.content.ArticleWriter(stores.jdbi(), stores.articles()).setStatus(one.id(), ArticleStatus.UNPUBLISHED, null);
        Thread.sleep(5);
        received.clear();
        pinger.runOnce();
        pinger.close();
        List<String> again = new java.util.ArrayList<>(expected);
        again.addAll(three("/story/st1"));
        assertThat(pingedFeeds()).containsExactlyInAnyOrderElementsOf(again);
    }

    @Test
    void aFailedPingIsRetriedOnALaterPassAndNotLost() throws Exception {
        WebSubPinger pinger = pinger();
        pinger.runOnce();
        Thread.sleep(5);
        publish("Storm closes the port", stores.sections().all().get(0), List.of(), null);
        Thread.sleep(5);
        failures.set(2);

        pinger.runOnce();
        assertThat(received).hasSize(4);
        int left = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM websub_pings WHERE attempts = 1").mapTo(Integer.class).one());
        assertThat(left).isEqualTo(2);

        // a new process over the same database carries on
        pinger.close();
        WebSubPinger next = pinger();
        next.runOnce();
        next.close();
        assertThat(pingedFeeds()).hasSize(6).doesNotHaveDuplicates();
    }
}
