package io.newsdesk.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18 (8): HEAD answers exactly what GET answers, without the body; other methods get 405 with Allow. */
class HttpMethodsTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.withDemo(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<byte[]> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.url(path))).header("User-Agent", TestSite.BROWSER_UA)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return site.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Optional<String> header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name);
    }

    private static void headMatchesGet(String path) throws Exception {
        // twice: the first GET renders through Javalin, the second is served from the page cache
        for (int round = 0; round < 2; round++) {
            HttpResponse<byte[]> get = send("GET", path);
            HttpResponse<byte[]> head = send("HEAD", path);
            String what = "HEAD " + path + " (round " + round + ")";
            assertThat(head.statusCode()).as(what).isEqualTo(get.statusCode());
            for (String name : List.of("Content-Type", "Content-Length", "ETag", "Location", "Cache-Control")) {
                assertThat(header(head, name)).as(what + " " + name).isEqualTo(header(get, name));
            }
            assertThat(head.body()).as(what + " body").isEmpty();
        }
    }

    @Test
    void headAnswersWhatGetAnswersOnEveryKindOfPage() throws Exception {
        Document home = Jsoup.parse(new String(send("GET", "/").body(), java.nio.charset.StandardCharsets.UTF_8));
        String article = home.selectFirst("a[href^=/article/]").attr("href");
        String section = home.selectFirst("a[href^=/section/]").attr("href");
        for (String path : List.of("/", article, "/article/does-not-exist", section, "/rss.xml", "/sitemap.xml",
                "/admin/comments", "/search?q=minister", "/no/such/page")) {
            headMatchesGet(path);
        }
        assertThat(send("HEAD", "/article/does-not-exist").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> admin = send("HEAD", "/admin/comments");
        assertThat(admin.statusCode()).isEqualTo(303);
        assertThat(header(admin, "Location")).isPresent();
    }

    @Test
    void otherMethodsAnswer405WithAllowWhereThePathExists() throws Exception {
        HttpResponse<byte[]> putHome = send("PUT", "/");
        assertThat(putHome.statusCode()).isEqualTo(405);
        assertThat(header(putHome, "Allow")).contains("GET, HEAD");

        HttpResponse<byte[]> deleteApprove = send("DELETE", "/admin/comments/x/approve");
        assertThat(deleteApprove.statusCode()).isEqualTo(405);
        assertThat(header(deleteApprove, "Allow")).contains("POST");

        HttpResponse<byte[]> patchArticle = send("PATCH", "/article/anything");
        assertThat(patchArticle.statusCode()).isEqualTo(405);
        assertThat(header(patchArticle, "Allow")).contains("GET, HEAD");

        assertThat(send("PUT", "/no/such/page").statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/no/such/page").statusCode()).isEqualTo(404);
    }
}
