package io.newsdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.newsdesk.extract.ExtractedArticle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExtractCommandTest {
    private static HttpServer server;
    private static String base;
    private static byte[] page;

    @BeforeAll
    static void serve() throws Exception {
        page = Files.readAllBytes(fixture());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/article");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/robots.txt", exchange -> {
            byte[] robots = "User-agent: *\nDisallow: /members/\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, robots.length);
            exchange.getResponseBody().write(robots);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(ExtractCommandTest.class.getResource("/extract/article.html").toURI());
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void fileAsJsonHasAllFields() throws Exception {
        Run r = run("extract", fixture().toString(), "--format", "json", "--url", "https://news.example/story");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("title").asText()).isEqualTo("River levels fall after the storm");
        assertThat(json.get("text").asText()).contains("River levels across the valley fell overnight");
        for (String field : List.of("authors", "published", "modified", "siteName", "canonicalUrl", "language", "leadImage",
                "tags", "section", "bodyHtml", "text", "wordCount", "confidence", "warnings")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
    }

    @Test
    void fileAsTextHtmlAndMarkdown() throws Exception {
        Run text = run("extract", fixture().toString(), "--format", "text");
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("River levels fall after the storm\n").contains("Most roads closed");
        Run html = run("extract", fixture().toString(), "--format", "html");
        assertThat(html.out()).contains("<p>").contains("Most roads closed");
        Run md = run("extract", fixture().toString(), "--format", "markdown", "--url", "https://news.example/story");
        assertThat(md.code()).isZero();
        assertThat(md.out()).startsWith("# River levels fall after the storm\n")
                .contains("- The bridge at Millford stays closed.")
                .contains("> We were lucky this time.")
                .contains("[environment agency](https://news.example/agency)")
                .containsOnlyOnce("River levels fall after the storm\n");
    }

    @Test
    void markdownConversionOfCleanHtml() {
        ExtractedArticle a = new ExtractedArticle("A title", List.of("Ann Lee"), OffsetDateTime.parse("2024-05-01T10:00:00+02:00"),
                null, null, "https://x.example/a/b", null, null, List.of(), null,
                "<p>One <strong>bold</strong> and <em>soft</em> line<br>next line.</p><h2>Sub</h2><h3>Minor</h3>"
                        + "<ol><li>first</li><li>second</li></ol><blockquote><p>Quote one.</p><p>Quote two.</p></blockquote>"
                        + "<p>See <a href=\"../c\">this</a>.</p>",
                "", 10, 1.0, List.of());
        String md = ExtractCommand.markdown(a, null);
        assertThat(md).isEqualTo("""
                # A title

                *By Ann Lee · 2024-05-01 10:00 +02:00*

                One **bold** and *soft* line \s
                next line.

                ## Sub

                ### Minor

                1. first
                2. second

                > Quote one.
                >
                > Quote two.

                See [this](https://x.example/c).
                """);
        assertThat(ExtractCommand.json(a)).contains("\"published\" : \"2024-05-01T10:00:00+02:00\"");
    }

    @Test
    void loopbackUrlIsRefusedWithoutAllowPrivate() {
        Run r = run("extract", base + "/article");
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).startsWith("extract: 127.0.0.1 resolves to 127.0.0.1 (loopback)")
                .contains("private or loopback").contains("--allow-private-networks").doesNotContain("\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void localServerPageWithAllowPrivateFollowsRedirects() throws Exception {
        Run r = run("extract", base + "/moved", "--allow-private-networks", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("title").asText()).isEqualTo("River levels fall after the storm");
        assertThat(json.get("text").asText()).contains("Buses run to the normal timetable.");
    }

    @Test
    void errorsAreOneLineAndNonZero() {
        Run status = run("extract", base + "/missing", "--allow-private"); // the option's earlier name still works
        assertThat(status.code()).isNotZero();
        assertThat(status.err().strip()).isEqualTo("extract: HTTP 404 from " + base + "/missing");
        Run robots = run("extract", base + "/members/story", "--allow-private-networks");
        assertThat(robots.code()).isNotZero();
        assertThat(robots.err().strip()).isEqualTo("extract: robots.txt of " + base + " disallows " + base + "/members/story");
        Run scheme = run("extract", "ftp://example.org/file.html");
        assertThat(scheme.code()).isNotZero();
        assertThat(scheme.err().strip()).isEqualTo("extract: only http and https URLs can be fetched: ftp://example.org/file.html");
        Run file = run("extract", "/no/such/page.html");
        assertThat(file.code()).isNotZero();
        assertThat(file.err().strip()).isEqualTo("extract: no such file: /no/such/page.html");
    }

    @Test
    void mainListsExtract() {
        Run r = run("--help");
        assertThat(r.out()).contains("extract");
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("<article>");
    }
}
