package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.Comment;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, /admin/comments over real HTTP: readers comment through the article form from different clients (the site
 * trusts the loopback proxy, so X-Forwarded-For names the client); a moderator approves, marks spam and deletes many at
 * once, blocks a writer (whose next comment goes to spam unseen) and unblocks it.
 */
class CommentsModerationFlowTest {
    static final String PASSWORD = "river otter lantern 42";
    static final String ALICE = "203.0.113.5", BORIS = "198.51.100.7", CARLA = "198.51.100.8";

    @TempDir
    Path dir;
    TestSite site;
    String slug;
    String cookie;
    String csrf;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.withDemo(dir, "http://news.test", "127.0.0.1");
        slug = site.stores.articles().latest(1, 0).get(0).slug();
        site.createUser("mod", Role.MODERATOR, PASSWORD);
        cookie = site.loginCookie("mod", PASSWORD);
        csrf = site.adminCsrf(cookie);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** Comments as a reader at {@code client} does: the article's form, its hidden fields, one POST. */
    String comment(String client, String name, String text) throws Exception {
        Document page = Jsoup.parse(site.get("/article/" + slug).body());
        Map<String, String> f = new LinkedHashMap<>();
        page.select("form#respond input[type=hidden]").forEach(i -> f.put(i.attr("name"), i.attr("value")));
        f.put("name", name);
        f.put("email", "");
        f.put("comment", text);
        f.put("website", "");
        String body = f.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = site.postForm("/article/" + slug + "/comments", body, "X-Forwarded-For", client);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("?comment=pending#comments");
        return site.db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM comments WHERE body = :b").bind("b", text)
                .mapTo(String.class).one());
    }

    Comment.Status status(String id) {
        return site.stores.comments().byId(id).orElseThrow().status();
    }

    HttpResponse<String> bulk(String action, String... ids) throws Exception {
        StringBuilder form = new StringBuilder("csrf=" + csrf + "&action=" + action);
        for (String id : ids) form.append("&id=").append(id);
        return site.postForm("/admin/comments/bulk", form.toString(), "Cookie", cookie);
    }

    String readerPage() throws Exception {
        return site.get("/article/" + slug).body();
    }

    @Test
    void aModeratorApprovesMarksSpamAndDeletesManyAtOnce() throws Exception {
        String a1 = comment(ALICE, "Alice", "First thoughtful remark");
        String a2 = comment(ALICE, "Alice", "Buy cheap watches now");
        String b1 = comment(BORIS, "Boris", "Second thoughtful remark");
        String c1 = comment(CARLA, "Carla", "Win a prize today");

        Document list = Jsoup.parse(site.get("/admin/comments", "Cookie", cookie).body());
        assertThat(list.select("form.moderation-form input[type=checkbox][name=id]").eachAttr("value")).containsExactly(a1, a2, b1, c1);
        assertThat(list.select("form.moderation-form button[name=action]").eachAttr("value")).contains("approve", "spam", "block", "delete");

        HttpResponse<String> approved = bulk("approve", a1, b1);
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(approved.headers().firstValue("Location").orElseThrow()).isEqualTo("/admin/comments?done=approve&n=2");
        assertThat(Jsoup.parse(site.get("/admin/comments?done=approve&n=2", "Cookie", cookie).body()).select(".notice").text())
                .isEqualTo("2 comments are approved and now shown on their articles.");
        assertThat(readerPage()).contains("First thoughtful remark").contains("Second thoughtful remark");

        assertThat(bulk("spam", a2, c1).statusCode()).isEqualTo(303);
        assertThat(status(a2)).isEqualTo(Comment.Status.SPAM);
        assertThat(readerPage()).doesNotContain("Buy cheap watches").doesNotContain("Win a prize");
        Document waiting = Jsoup.parse(site.get("/admin/comments", "Cookie", cookie).body());
        assertThat(waiting.text()).contains("No comments are waiting").contains("Spam (2)");
        Document spam = Jsoup.parse(site.get("/admin/comments?show=spam", "Cookie", cookie).body());
        assertThat(spam.select("h1").text()).isEqualTo("Comments marked as spam");
        assertThat(spam.select("article.moderation .comment-body").eachText()).containsExactly("Buy cheap watches now", "Win a prize today");
        // spam that was not spam: approved from the spam list, which the change returns to
        HttpResponse<String> rescued = site.postForm("/admin/comments/" + c1 + "/approve", "csrf=" + csrf + "&show=spam", "Cookie", cookie);
        assertThat(rescued.headers().firstValue("Location").orElseThrow()).isEqualTo("/admin/comments?show=spam&done=approve");
        assertThat(readerPage()).contains("Win a prize today");

        // nothing ticked, or no action: refused with a reason, nothing changes
        HttpResponse<String> none = bulk("delete");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(none.body()).select("[role=alert]").text()).contains("Tick the comments");
        HttpResponse<String> odd = bulk("explode", a2);
        assertThat(odd.statusCode()).isEqualTo(400);
        assertThat(status(a2)).isEqualTo(Comment.Status.SPAM);

        assertThat(bulk("delete", a2, "00000000-0000-7000-8000-00000000beef").statusCode()).isEqualTo(303);
        assertThat(site.stores.comments().byId(a2)).isEmpty();

        List<AuditLog.Entry> audit = new AuditLog(site.db.jdbi(), java.time.Clock.systemUTC())
                .find(new AuditLog.Filter("mod", null, null, null), 50).stream().filter(e -> e.action().startsWith("comment.")).toList();
        assertThat(audit).extracting(AuditLog.Entry::action).containsExactlyInAnyOrder("comment.approved", "comment.approved",
                "comment.marked_spam", "comment.marked_spam", "comment.approved", "comment.deleted");
        AuditLog.Entry spamEntry = audit.stream().filter(e -> e.action().equals("comment.marked_spam")).findFirst().orElseThrow();
        assertThat(spamEntry.before()).contains("\"status\":\"pending\"");
        assertThat(spamEntry.after()).isEqualTo("{\"status\":\"spam\"}");
    }

    @Test
    void aBlockedWritersNewCommentsGoToSpamUnseenUntilUnblocked() throws Exception {
        String c1 = comment(CARLA, "Carla", "Cheap pills here");
        String b1 = comment(BORIS, "Boris", "A fair question");

        HttpResponse<String> blocked = site.postForm("/admin/comments/" + c1 + "/block", "csrf=" + csrf, "Cookie", cookie);
        assertThat(blocked.statusCode()).isEqualTo(303);
        assertThat(status(c1)).isEqualTo(Comment.Status.SPAM);
        assertThat(status(b1)).isEqualTo(Comment.Status.PENDING);

        // the address is never stored: only a keyed hash, different per client
        List<String> stored = site.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT client_hash FROM comments WHERE client_hash IS NOT NULL UNION ALL SELECT client_hash || author_name || COALESCE(blocked_by, '') FROM comment_blocks")
                .mapTo(String.class).list());
        assertThat(stored).allSatisfy(v -> assertThat(v).doesNotContain(CARLA).doesNotContain(BORIS).doesNotContain("198.51"));
        assertThat(site.stores.comments().clientHash(c1)).isNotEqualTo(site.stores.comments().clientHash(b1));

        // Carla comments again: she is told what everyone is told, and it goes to spam, never to readers
        String c2 = comment(CARLA, "Carla", "Cheap pills again");
        assertThat(status(c2)).isEqualTo(Comment.Status.SPAM);
        String b2 = comment(BORIS, "Boris", "Another fair question");
        assertThat(status(b2)).isEqualTo(Comment.Status.PENDING);
        assertThat(readerPage()).doesNotContain("Cheap pills");

        Document blocks = Jsoup.parse(site.get("/admin/comments/blocks", "Cookie", cookie).body());
        assertThat(blocks.select("table.blocks tbody tr")).hasSize(1);
        assertThat(blocks.select("table.blocks tbody tr").text()).contains("Carla").contains("by mod");
        assertThat(blocks.select("table.blocks tbody td").get(2).text()).isEqualTo("2"); // her two comments
        assertThat(blocks.html()).doesNotContain(CARLA);
        Document spam = Jsoup.parse(site.get("/admin/comments?show=spam", "Cookie", cookie).body());
        assertThat(spam.select("#pending-" + c2 + " .blocked").text()).isEqualTo("writer blocked");

        String unblock = blocks.selectFirst("table.blocks form").attr("action");
        assertThat(site.postForm(unblock, "csrf=wrong", "Cookie", cookie).statusCode()).isEqualTo(403);
        assertThat(site.postForm(unblock, "csrf=" + csrf, "Cookie", cookie).statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(site.get("/admin/comments/blocks", "Cookie", cookie).body()).text()).contains("Nobody is blocked");
        String c3 = comment(CARLA, "Carla", "A real question this time");
        assertThat(status(c3)).isEqualTo(Comment.Status.PENDING);

        // a comment from before clients were recorded cannot have its writer blocked: said so, nothing changes
        String old = site.stores.comments().add(site.stores.articles().bySlug(slug).orElseThrow().id(), null, "Old", null, "Old words",
                Comment.Status.PENDING, java.time.Instant.now()).id();
        HttpResponse<String> refused = site.postForm("/admin/comments/" + old + "/block", "csrf=" + csrf, "Cookie", cookie);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).contains("cannot be blocked");
        assertThat(status(old)).isEqualTo(Comment.Status.PENDING);

        List<String> actions = new AuditLog(site.db.jdbi(), java.time.Clock.systemUTC()).find(new AuditLog.Filter("mod", null, null, null), 20)
                .stream().map(AuditLog.Entry::action).filter(a -> a.startsWith("comment.")).toList();
        assertThat(actions).containsExactly("comment.client_unblocked", "comment.client_blocked");
    }

    @Test
    void blockingManyWritersAtOnce() throws Exception {
        String a1 = comment(ALICE, "Alice", "Spam one");
        String b1 = comment(BORIS, "Boris", "Spam two");
        String c1 = comment(CARLA, "Carla", "Fine words");
        assertThat(bulk("block", a1, b1).statusCode()).isEqualTo(303);
        assertThat(site.get("/admin/comments/blocks", "Cookie", cookie).body()).contains("Alice").contains("Boris").doesNotContain("Carla");
        assertThat(status(comment(ALICE, "Alice", "Spam three"))).isEqualTo(Comment.Status.SPAM);
        assertThat(status(comment(BORIS, "Boris", "Spam four"))).isEqualTo(Comment.Status.SPAM);
        assertThat(status(c1)).isEqualTo(Comment.Status.PENDING);
    }
}
