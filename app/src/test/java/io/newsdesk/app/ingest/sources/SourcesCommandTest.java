package io.newsdesk.app.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SourcesCommandTest {
    private static HttpServer server;
    private static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() throws Exception {
        byte[] feed = SourceStoreTest.resource("feed.xml");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        serveFeed("/gazette.xml", "<title>Local Gazette &#187; RSS Feed</title>");
        serveFeed("/untitled.xml", "");
        // a UTF-16 page (with its byte-order mark) that declares its feed: read through the one decoder, not as UTF-8
        byte[] utf16Page = ("\uFEFF<!DOCTYPE html><html><head><title>Gazette</title><link rel=\"alternate\" "
                + "type=\"application/rss+xml\" title=\"Gazette\" href=\"/gazette.xml\"></head><body><p>Front page</p>"
                + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        server.createContext("/utf16", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, utf16Page.length);
            exchange.getResponseBody().write(utf16Page);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void serveFeed(String path, String title) {
        byte[] feed = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>" + title + "<link>https://gazette.example/</link>"
                + "<item><title>One</title><link>https://gazette.example/1</link></item></channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = dir.toString();
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void addDetectsTheKindOverLoopbackAndRefusesTheSameFeedTwice() {
        Run added = run("sources", "add", base + "/feed.xml?utm_source=newsletter", "--outlet", "Loopback Gazette",
                "--allow-private-networks");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("added ").contains(" rss " + base + "/feed.xml ").contains("Loopback Gazette")
                .contains("2 items");

        Run again = run("sources", "add", base + "/feed.xml?utm_medium=email", "--kind", "rss");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip()).startsWith("sources add: already a source: " + base + "/feed.xml (id ")
                .doesNotContain("\n");

        Run list = run("sources", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("ID").contains("KIND").contains("LAST FETCH").contains("FAILURES")
                .contains("rss").contains("active").contains("Loopback Gazette").contains(base + "/feed.xml");
    }

    @Test
    void detectionFailuresAreOneClearLine() {
        Run blocked = run("sources", "add", base + "/feed.xml");
        assertThat(blocked.code()).isEqualTo(1);
        assertThat(blocked.err().strip()).startsWith("sources add: cannot fetch").doesNotContain("\n");
        Run missing = run("sources", "add", base + "/missing", "--allow-private-networks");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("sources add: cannot fetch").doesNotContain("\n");
        Run badKind = run("sources", "add", "https://x.example/f", "--kind", "podcast");
        assertThat(badKind.err().strip()).isEqualTo("sources add: unknown kind 'podcast' (expected rss, atom, jsonfeed, sitemap or html)");
        assertThat(run("sources", "list").out()).contains("no sources");
    }

    @Test
    void aPageInUtf16ThatDeclaresItsFeedIsReadAndTheFeedNamed() {
        Run added = run("sources", "add", base + "/utf16", "--allow-private-networks");
        assertThat(added.code()).as(added.out()).isEqualTo(1);
        assertThat(added.err()).contains("is an HTML page that declares feeds: " + base + "/gazette.xml");
    }

    @Test
    void showPauseResumeRemove() {
        Run added = run("sources", "add", "https://news.example/atom", "--kind", "atom", "--language", "en",
                "--policy", "full-text", "--outlet", "News");
        assertThat(added.code()).as(added.err()).isZero();
        String id = added.out().split(" ")[1];
        String prefix = id.substring(0, 20);

        Run show = run("sources", "show", prefix);
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains(id).contains("atom").contains("full-text").contains("interval:   900 s")
                .contains("translate:        yes").contains("News");

        assertThat(run("sources", "pause", prefix, "--reason", "terms changed").code()).isZero();
        assertThat(run("sources", "show", id).out()).contains("paused").contains("terms changed");
        assertThat(run("sources", "list").out()).contains("paused");
        assertThat(run("sources", "resume", id).code()).isZero();
        assertThat(run("sources", "show", id).out()).contains("status:           active");
        Run removed = run("sources", "remove", id);
        assertThat(removed.code()).isZero();
        Run gone = run("sources", "show", id);
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err().strip()).isEqualTo("sources show: no source with id " + id);
    }

    @Test
    void opmlImportAndExport() throws Exception {
        Path opml = Path.of(SourcesCommandTest.class.getResource("/sources/subscriptions.opml").toURI());
        Run imported = run("sources", "import-opml", opml.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported: 2 added, 1 skipped");
        Path out = dir.resolve("export.opml");
        Run exported = run("sources", "export-opml", out.toString());
        assertThat(exported.code()).isZero();
        assertThat(Files.readString(out)).contains("https://rivertimes.example/feed.xml").contains("Hill &amp; Dale News");
        assertThat(run("sources", "export-opml").out()).contains("<opml").contains("https://hill.example/atom");

        Path xxe = Path.of(SourcesCommandTest.class.getResource("/sources/xxe.opml").toURI());
        Run refused = run("sources", "import-opml", xxe.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("DOCTYPE");
    }

    @Test
    void anAddedSourcesOutletIsNamedByItsFeedsTitleElseByItsHost() {
        Run titled = run("sources", "add", base + "/gazette.xml", "--allow-private-networks");
        assertThat(titled.code()).as(titled.err()).isZero();
        assertThat(titled.out()).contains("(outlet Local Gazette)");
        Run untitled = run("sources", "add", base + "/untitled.xml", "--allow-private-networks");
        assertThat(untitled.code()).as(untitled.err()).isZero();
        assertThat(untitled.out()).contains("(outlet 127.0.0.1)");
    }

    @Test
    void feedWordsAreNotPartOfAnOutletsName() {
        assertThat(OutletName.fromFeedTitle("Local Gazette - RSS Feed")).isEqualTo("Local Gazette");
        assertThat(OutletName.fromFeedTitle("RSS: <b>Local Gazette</b>")).isEqualTo("Local Gazette");
        assertThat(OutletName.fromFeedTitle("Local Gazette: Latest News")).isEqualTo("Local Gazette");
        assertThat(OutletName.fromFeedTitle("Local Gazette RSS")).isEqualTo("Local Gazette");
        assertThat(OutletName.fromFeedTitle("BBC News - World")).isEqualTo("BBC News - World");
        assertThat(OutletName.fromFeedTitle("RSS Feed")).isNull();
        assertThat(OutletName.fromFeedTitle("  ")).isNull();
    }
}
