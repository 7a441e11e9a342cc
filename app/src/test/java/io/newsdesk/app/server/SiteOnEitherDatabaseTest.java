package io.newsdesk.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.store.TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole site on SQLite and on a real PostgreSQL (issue 15): the demo loaded through the stores, the reader
 * pages, the feeds and sitemaps, search, and a comment posted by a reader and approved by an editor over HTTP.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SiteOnEitherDatabaseTest {
    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    TestSite site;

    @BeforeEach
    void start() {
        site = TestSite.withDemo(dir, database);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void readerPagesFeedsAndSearchServeTheDemo() throws Exception {
        ArticleCard latest = site.stores.articles().latest(1, 0).getFirst();
        HttpResponse<String> home = site.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).text()).contains(latest.title());

        HttpResponse<String> article = site.get(SitePaths.article(latest.slug()));
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(article.body()).selectFirst("h1").text()).isEqualTo(latest.title());

        var section = site.stores.sections().all().getFirst();
        assertThat(site.get(SitePaths.section(section.slug())).statusCode()).isEqualTo(200);
        assertThat(site.get("/rss.xml").body()).contains("<rss");
        assertThat(site.get("/sitemap.xml").statusCode()).isEqualTo(200);
        assertThat(site.get("/news-sitemap.xml").statusCode()).isEqualTo(200);
        assertThat(site.get("/search?q=" + URLEncoder.encode(latest.title().split(" ")[0], StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        assertThat(site.get(SitePaths.article("no-such-article")).statusCode()).isEqualTo(404);
    }

    @Test
    void aReadersCommentIsModeratedThenShown() throws Exception {
        ArticleCard latest = site.stores.articles().latest(1, 0).getFirst();
        String path = SitePaths.article(latest.slug());
        Map<String, String> form = new LinkedHashMap<>();
        Jsoup.parse(site.get(path).body()).select("form#respond input[type=hidden]").forEach(i -> form.put(i.attr("name"), i.attr("value")));
        form.put("name", "Ana");
        form.put("email", "ana@example.org");
        form.put("comment", "Both databases agree on this <b>piece</b>.");
        form.put("website", "");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + TestSite.enc(e.getValue())).collect(Collectors.joining("&"));
        assertThat(site.postForm(path + "/comments", body).statusCode()).isEqualTo(303);
        assertThat(site.get(path).body()).doesNotContain("Both databases agree");

        var pending = site.stores.comments().pending(10);
        assertThat(pending).hasSize(1);
        String id = pending.getFirst().id();
        site.createUser("editor", Role.ADMIN, TestSite.ADMIN_PASSWORD);
        String cookie = site.loginCookie("editor", TestSite.ADMIN_PASSWORD);
        Document moderation = Jsoup.parse(site.get("/admin/comments", "Cookie", cookie).body());
        assertThat(moderation.select("#pending-" + id)).as("the comment waits on the moderation page").isNotEmpty();
        String csrf = moderation.selectFirst("form.moderation-form input[name=csrf]").val();
        assertThat(site.postForm("/admin/comments/" + id + "/approve", "csrf=" + csrf, "Cookie", cookie).statusCode()).isEqualTo(303);

        Document shown = Jsoup.parse(site.get(path).body());
        assertThat(shown.selectFirst("#comment-" + id + " .comment-body").text()).isEqualTo("Both databases agree on this <b>piece</b>.");
        assertThat(site.stores.comments().pending(10)).isEmpty();
    }
}
