package io.newsdesk.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.news.Comment;
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

/** The comment form, its checks and moderation, over real HTTP against a real SQLite database. */
class CommentFlowTest {
    @TempDir
    Path dir;
    TestSite site;
    String slug;
    String articleId;

    @BeforeEach
    void start() {
        site = TestSite.withDemo(dir);
        var a = site.stores.articles().latest(1, 0).get(0);
        slug = a.slug();
        articleId = a.id();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    Map<String, String> formFields(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> fields = new LinkedHashMap<>();
        doc.select("form#respond input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        return fields;
    }

    HttpResponse<String> submit(Map<String, String> fields, String... headers) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return site.postForm("/article/" + slug + "/comments", body, headers);
    }

    Map<String, String> form(String name, String email, String comment) throws Exception {
        Map<String, String> f = formFields(site.get("/article/" + slug).body());
        f.put("name", name);
        f.put("email", email);
        f.put("comment", comment);
        f.put("website", "");
        return f;
    }

    @Test
    void missingFieldsShowTheMessagesBesideTheirFieldsAndKeepTheInput() throws Exception {
        HttpResponse<String> r = submit(form("", "not-an-email", "My <b>typed</b> comment"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.selectFirst("#name-error").text()).isEqualTo("Please enter your name here");
        assertThat(page.selectFirst("#email-error").text()).isEqualTo("You have entered an incorrect email address!");
        assertThat(page.selectFirst("textarea#comment").text()).isEqualTo("My <b>typed</b> comment");
        assertThat(page.selectFirst("input#email").attr("value")).isEqualTo("not-an-email");
        assertThat(r.body()).doesNotContain("My <b>typed</b>"); // escaped, not markup

        r = submit(form("Ana", "", "   "));
        assertThat(Jsoup.parse(r.body()).selectFirst("#comment-error").text()).isEqualTo("Please enter your comment!");
        assertThat(Jsoup.parse(r.body()).selectFirst("input#name").attr("value")).isEqualTo("Ana");
        assertThat(site.stores.comments().pending(10)).isEmpty();
    }

    @Test
    void tooLongAndTooManyLinksAreRefused() throws Exception {
        HttpResponse<String> r = submit(form("Ana", "", "x".repeat(5001)));
        assertThat(Jsoup.parse(r.body()).selectFirst("#comment-error").text()).contains("5000");
        r = submit(form("Ana", "", "see https://a.example and https://b.example and www.c.example"));
        assertThat(Jsoup.parse(r.body()).selectFirst("#comment-error").text()).contains("at most 2 links");
        assertThat(site.stores.comments().pending(10)).isEmpty();
    }

    @Test
    void validCommentWaitsForModerationThenAppearsEscapedWithNofollowLinks() throws Exception {
        String text = "Great <script>alert(1)</script> piece.\n\nMore at https://example.org/page";
        HttpResponse<String> r = submit(form("Ana", "ana@example.org", text));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo("/article/" + slug + "?comment=pending#comments");
        HttpResponse<String> after = site.get("/article/" + slug + "?comment=pending");
        assertThat(after.body()).contains("Your comment is awaiting moderation");
        assertThat(after.body()).doesNotContain("Great &lt;script&gt;");

        var pending = site.stores.comments().pending(10);
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).authorEmail()).isEqualTo("ana@example.org");
        site.stores.comments().approve(pending.get(0).id());
        site.site.contentChanged();

        String page = site.get("/article/" + slug).body();
        Document doc = Jsoup.parse(page);
        var body = doc.selectFirst("#comment-" + pending.get(0).id() + " .comment-body");
        assertThat(body.select("p")).hasSize(2);
        assertThat(body.text()).contains("Great <script>alert(1)</script> piece.");
        assertThat(body.select("script")).isEmpty();
        assertThat(body.selectFirst("a").attr("rel")).isEqualTo("nofollow ugc");
        assertThat(body.selectFirst("a").attr("href")).isEqualTo("https://example.org/page");
        assertThat(page).doesNotContain("ana@example.org"); // the email is never shown
    }

    @Test
    void honeypotAndForgedTokensStoreNothing() throws Exception {
        Map<String, String> bot = form("Bot", "", "Buy things");
        bot.put("website", "http://spam.example");
        assertThat(submit(bot).statusCode()).isEqualTo(303); // the bot learns nothing
        Map<String, String> forged = form("Ana", "", "Hello");
        forged.put("csrf", "forged");
        HttpResponse<String> r = submit(forged);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(r.body()).selectFirst(".form-error").text()).contains("expired");
        assertThat(Jsoup.parse(r.body()).selectFirst("textarea#comment").text()).isEqualTo("Hello");
        assertThat(site.stores.comments().pending(10)).isEmpty();
    }

    @Test
    void aClientMayPostFiveCommentsInTenMinutes() throws Exception {
        for (int i = 0; i < 5; i++) assertThat(submit(form("Ana", "", "Comment " + i)).statusCode()).isEqualTo(303);
        HttpResponse<String> sixth = submit(form("Ana", "", "Comment 6"));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(sixth.body()).selectFirst("textarea#comment").text()).isEqualTo("Comment 6");
        assertThat(site.stores.comments().pending(10)).hasSize(5);
    }

    @Test
    void invalidPostsCountTowardsTheLimitToo() throws Exception {
        for (int i = 0; i < 5; i++) assertThat(submit(form("", "", "")).statusCode()).isEqualTo(400);
        HttpResponse<String> sixth = submit(form("Ana", "", "A valid comment"));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(sixth.body()).selectFirst("textarea#comment").text()).isEqualTo("A valid comment");
        assertThat(site.stores.comments().pending(10)).isEmpty();
    }

    @Test
    void repliesAreOneLevelDeep() throws Exception {
        Comment top = site.stores.comments().add(articleId, null, "Top", null, "First", Comment.Status.APPROVED, java.time.Instant.now());
        Comment reply = site.stores.comments().add(articleId, top.id(), "Reply", null, "Second", Comment.Status.APPROVED, java.time.Instant.now());
        site.site.contentChanged();
        Document replyForm = Jsoup.parse(site.get("/article/" + slug + "?replyto=" + top.id()).body());
        assertThat(replyForm.selectFirst("form#respond h3").text()).isEqualTo("Reply to Top");
        Map<String, String> f = form("Ana", "", "Third");
        f.put("parent", reply.id()); // a reply to a reply joins the top comment's thread
        assertThat(submit(f).statusCode()).isEqualTo(303);
        Comment stored = site.stores.comments().pending(10).get(0);
        assertThat(stored.parentId()).isEqualTo(top.id());
        Document page = Jsoup.parse(site.get("/article/" + slug).body());
        assertThat(page.select("#comment-" + top.id() + " > .reply")).hasSize(1);
    }

    @Test
    void moderationNeedsTheAdminPasswordAndACsrfToken() throws Exception {
        submit(form("Ana", "", "Please approve me"));
        String id = site.stores.comments().pending(10).get(0).id();

        assertThat(site.get("/admin/comments").statusCode()).isEqualTo(303); // to the login page
        assertThat(site.postForm("/admin/comments/" + id + "/approve", "csrf=x").statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(site.get("/admin/login").body()).text()).contains("./newsdesk admin create-user");

        site.createUser("admin", io.newsdesk.app.accounts.Role.ADMIN, "correct horse battery");
        String loginToken = Jsoup.parse(site.get("/admin/login").body()).selectFirst("input[name=csrf]").val();
        assertThat(site.postForm("/admin/login", "csrf=" + loginToken + "&name=admin&password=wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> login = site.postForm("/admin/login", "csrf=" + loginToken + "&name=admin&password=correct+horse+battery");
        assertThat(login.statusCode()).isEqualTo(303);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");

        Document moderation = Jsoup.parse(site.get("/admin/comments", "Cookie", cookie).body());
        assertThat(moderation.text()).contains("Please approve me");
        String csrf = moderation.selectFirst("form.moderation-form input[name=csrf]").val();
        assertThat(site.postForm("/admin/comments/" + id + "/approve", "csrf=wrong", "Cookie", cookie).statusCode()).isEqualTo(403);
        assertThat(site.get("/article/" + slug).body()).doesNotContain("Please approve me");
        assertThat(site.postForm("/admin/comments/" + id + "/approve", "csrf=" + csrf, "Cookie", cookie).statusCode()).isEqualTo(303);
        assertThat(site.get("/article/" + slug).body()).contains("Please approve me");
    }
}
