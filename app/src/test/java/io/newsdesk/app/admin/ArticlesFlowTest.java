package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.NewsroomArticles;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, /admin/articles over real HTTP on a real site: an author writes and submits, an editor publishes, readers
 * see it, a correction shows as "Updated", the history diffs and restores; authors cannot open others' articles nor
 * publish; a scheduled article appears at its time and not before (page, feed, sitemap, search).
 */
class ArticlesFlowTest {
    static final String PASSWORD = "river otter lantern 42";

    @TempDir
    Path dir;

    record User(String cookie, String csrf) {}

    private static User login(TestSite site, String name, Role role) throws Exception {
        site.createUser(name, role, PASSWORD);
        String cookie = site.loginCookie(name, PASSWORD);
        return new User(cookie, site.adminCsrf(cookie));
    }

    private static HttpResponse<String> post(TestSite site, User u, String path, Map<String, String> form) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf", u.csrf());
        all.putAll(form);
        String body = all.entrySet().stream().map(e -> e.getKey() + "=" + TestSite.enc(e.getValue())).collect(Collectors.joining("&"));
        return site.postForm(path, body, "Cookie", u.cookie());
    }

    private static HttpResponse<String> get(TestSite site, User u, String path) throws Exception {
        return site.get(path, "Cookie", u.cookie());
    }

    private static String location(HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(303);
        return res.headers().firstValue("Location").orElseThrow();
    }

    private static Map<String, String> articleForm(TestSite site, String title, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("standfirst", "A standfirst about the river.");
        form.put("section", site.stores.sections().all().get(0).id());
        form.put("authors", "Ann Writer");
        form.put("body", body);
        form.put("caption", "The river at dawn");
        form.put("credit", "Photo: Ann Writer");
        return form;
    }

    private static String create(TestSite site, User u, Map<String, String> form) throws Exception {
        String where = location(post(site, u, "/admin/articles/new", form));
        assertThat(where).startsWith("/admin/articles/").endsWith("?done=saved");
        return where.substring("/admin/articles/".length(), where.indexOf('?'));
    }

    private static Article stored(TestSite site, String id) {
        return site.stores.articles().byId(id).orElseThrow();
    }

    private static List<String> auditActions(TestSite site) {
        return new AuditLog(site.stores.jdbi(), Clock.systemUTC()).find(new AuditLog.Filter(null, null, null, null), 200)
                .stream().map(AuditLog.Entry::action).toList();
    }

    @Test
    void writeSubmitPublishCorrectDiffAndRestore() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            User ann = login(site, "ann", Role.AUTHOR);
            User bob = login(site, "bob", Role.AUTHOR);
            User eda = login(site, "eda", Role.EDITOR);

            // an author writes a draft; the body passes the importer's sanitizer
            assertThat(get(site, ann, "/admin/articles/new").statusCode()).isEqualTo(200);
            String hostile = "<p>The river rose by <b>two metres</b> overnight.</p><script>alert(1)</script>"
                    + "<p onclick=\"alert(2)\">Residents moved to higher ground.</p><img src=x onerror=alert(3)><iframe src=//evil></iframe>";
            String id = create(site, ann, articleForm(site, "Flood waters reach the old bridge", hostile));
            Map<String, String> badByline = articleForm(site, "Bad byline", "<p>x</p>");
            badByline.put("authors", "Jane Roe, <script>x</script>");
            HttpResponse<String> refused = post(site, ann, "/admin/articles/new", badByline);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).selectFirst("p.form-error").text()).contains("does not read as a person's name");
            assertThat(refused.body()).doesNotContain("<script>x</script>");
            assertThat(Jsoup.parse(refused.body()).selectFirst("input#title").val()).isEqualTo("Bad byline"); // nothing typed is lost
            Article draft = stored(site, id);
            assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(draft.bodyHtml()).contains("<b>two metres</b>").doesNotContain("script", "onclick", "onerror", "iframe", "alert");
            assertThat(site.get("/article/" + draft.slug()).statusCode()).isEqualTo(404);
            assertThat(site.stores.authors().ofArticle(id)).extracting(a -> a.name()).containsExactly("Ann Writer");

            // another author neither sees, opens, changes nor submits it; no author publishes
            assertThat(get(site, bob, "/admin/articles").body()).doesNotContain("Flood waters reach the old bridge");
            assertThat(get(site, ann, "/admin/articles").body()).contains("Flood waters reach the old bridge");
            assertThat(get(site, bob, "/admin/articles/" + id).statusCode()).isEqualTo(403);
            assertThat(post(site, bob, "/admin/articles/" + id, articleForm(site, "Hijacked", "<p>x</p>")).statusCode()).isEqualTo(403);
            assertThat(post(site, bob, "/admin/articles/" + id + "/submit", Map.of()).statusCode()).isEqualTo(403);
            assertThat(post(site, ann, "/admin/publishing/" + id + "/publish", Map.of()).statusCode()).isEqualTo(403);
            assertThat(post(site, ann, "/admin/publishing/" + id + "/schedule", Map.of("at", "2999-01-01T10:00")).statusCode()).isEqualTo(403);
            assertThat(stored(site, id).title()).isEqualTo("Flood waters reach the old bridge");

            // the author edits the draft (a revision is kept) and submits it; then it is the editors'
            location(post(site, ann, "/admin/articles/" + id, articleForm(site, "Flood waters reach the old stone bridge", hostile)));
            assertThat(new NewsroomArticles(site.stores.jdbi()).revisions(id)).hasSize(1);
            assertThat(location(post(site, ann, "/admin/articles/" + id + "/submit", Map.of()))).endsWith("?done=submitted");
            assertThat(stored(site, id).status()).isEqualTo(ArticleStatus.REVIEW);
            assertThat(post(site, ann, "/admin/articles/" + id, articleForm(site, "Changed after submitting", hostile)).statusCode()).isEqualTo(403);

            // the editor sees it waiting and publishes it; readers see it at once
            Document list = Jsoup.parse(get(site, eda, "/admin/articles").body());
            assertThat(list.selectFirst("a.waiting-review").text()).contains("1 waiting for review");
            Document waiting = Jsoup.parse(get(site, eda, "/admin/articles?status=review").body());
            assertThat(waiting.select("table.articles tbody tr")).hasSize(1);
            assertThat(waiting.selectFirst("#article-" + id).text()).contains("Flood waters reach the old stone bridge");
            // the list's search and filters
            String section = site.stores.sections().all().get(0).id();
            for (String query : List.of("q=stone+BRIDGE", "author=ann+writer", "language=en&section=" + section + "&status=review",
                    "q=bridge&author=Ann+Writer&status=review")) {
                Document found = Jsoup.parse(get(site, eda, "/admin/articles?" + query).body());
                assertThat(found.select("#article-" + id)).as(query).hasSize(1);
            }
            for (String query : List.of("q=no+such+title+anywhere", "author=Nobody+Here", "status=published&q=stone+bridge",
                    "q=%25", "language=xx")) {
                assertThat(Jsoup.parse(get(site, eda, "/admin/articles?" + query).body()).select("table.articles tbody tr")).as(query).isEmpty();
            }
            String slug = stored(site, id).slug();
            site.get("/"); // the home page is cached now: publishing must drop it
            location(post(site, eda, "/admin/publishing/" + id + "/publish", Map.of()));
            Article published = stored(site, id);
            assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(published.publishedAt()).isNotNull();
            HttpResponse<String> page = site.get("/article/" + slug);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(page.body()).selectFirst("h1.headline").text()).isEqualTo("Flood waters reach the old stone bridge");
            assertThat(Jsoup.parse(site.get("/").body()).select("a[href=/article/" + slug + "]")).isNotEmpty();
            assertThat(page.body()).doesNotContain("class=\"correction-note\"");

            // the editor corrects it: the text changes, readers see an "Updated" note with the correction
            Map<String, String> fix = articleForm(site, "Flood waters reach the old stone bridge",
                    "<p>The river rose by <b>three metres</b> overnight.</p><p>Residents moved to higher ground.</p><p>x < y & z</p>");
            fix.put("correction", "An earlier version said the river rose by two metres.");
            assertThat(location(post(site, eda, "/admin/articles/" + id, fix))).endsWith("?done=corrected");
            Document corrected = Jsoup.parse(site.get("/article/" + slug).body());
            assertThat(corrected.selectFirst("p.correction-note").text())
                    .startsWith("Updated").endsWith("An earlier version said the river rose by two metres.");
            assertThat(corrected.selectFirst(".body").text()).contains("three metres");

            // the history: a word diff of the body, escaped; then restore the version before the correction
            HttpResponse<String> history = get(site, eda, "/admin/articles/" + id + "/revisions");
            assertThat(history.statusCode()).isEqualTo(200);
            Document h = Jsoup.parse(history.body());
            assertThat(h.select("section.diff del").eachText()).contains("two");
            assertThat(h.select("section.diff ins").eachText()).anyMatch(t -> t.contains("three")).anyMatch(t -> t.contains("x < y & z"));
            assertThat(history.body()).contains("x &lt; y &amp; z").doesNotContain("<script");
            List<NewsroomArticles.Revision> revs = new NewsroomArticles(site.stores.jdbi()).revisions(id);
            assertThat(revs).hasSize(2);
            assertThat(revs.get(0).kind()).isEqualTo("correction");
            assertThat(revs.get(0).revisedBy()).isEqualTo("eda");
            assertThat(location(post(site, eda, "/admin/articles/" + id + "/revisions/" + revs.get(0).id() + "/restore", Map.of())))
                    .endsWith("?done=restored");
            assertThat(stored(site, id).bodyText()).contains("two metres").doesNotContain("three metres");
            List<NewsroomArticles.Revision> after = new NewsroomArticles(site.stores.jdbi()).revisions(id);
            assertThat(after).hasSize(3);
            assertThat(after.get(0).kind()).isEqualTo("restore");
            assertThat(after.get(0).bodyHtml()).contains("three metres"); // the restored-over text is kept
            assertThat(Jsoup.parse(site.get("/article/" + slug).body()).selectFirst(".body").text()).contains("two metres");
            // a restore of a revision of another article is not found
            assertThat(post(site, eda, "/admin/articles/" + id + "/revisions/no-such-revision/restore", Map.of()).statusCode()).isEqualTo(404);

            // unpublish: the address answers 410
            location(post(site, eda, "/admin/publishing/" + id + "/unpublish", Map.of()));
            assertThat(site.get("/article/" + slug).statusCode()).isEqualTo(410);

            assertThat(auditActions(site)).contains("article.created", "article.edited", "article.submitted", "article.published",
                    "article.corrected", "article.restored", "article.unpublished");
            AuditLog.Entry correctedEntry = new AuditLog(site.stores.jdbi(), Clock.systemUTC())
                    .find(new AuditLog.Filter(null, "article.corrected", null, null), 5).get(0);
            assertThat(correctedEntry.before()).contains("two metres");
            assertThat(correctedEntry.after()).contains("three metres").contains("An earlier version said");
            assertThat(correctedEntry.userName()).isEqualTo("eda");
        }
    }

    @Test
    void aCorrectionOfAnImportedArticleKeepsTheOriginalLinkAndShowsUpdated() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            User eda = login(site, "eda", Role.EDITOR);
            String id = site.stores.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM articles WHERE status = 'published' AND outlet_id IS NOT NULL AND original_url IS NOT NULL LIMIT 1")
                    .mapTo(String.class).one());
            Article imported = stored(site, id);
            Document byOutlet = Jsoup.parse(get(site, eda, "/admin/articles?outlet=" + imported.outletId()).body());
            assertThat(byOutlet.select("#article-" + id)).hasSize(1);
            assertThat(byOutlet.select("table.articles tbody td:nth-child(4)").eachText()).doesNotContain("our own").isNotEmpty();
            Document edit = Jsoup.parse(get(site, eda, "/admin/articles/" + id).body());
            assertThat(edit.selectFirst("textarea#correction")).isNotNull();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("title", imported.title());
            form.put("standfirst", imported.standfirst() == null ? "" : imported.standfirst());
            form.put("section", imported.sectionId());
            form.put("authors", edit.selectFirst("input#authors").val());
            form.put("body", imported.bodyHtml() + "<p>The mayor's name is spelled Ivana Horvat.</p>");
            form.put("caption", imported.imageCaption() == null ? "" : imported.imageCaption());
            form.put("credit", imported.imageCredit() == null ? "" : imported.imageCredit());
            form.put("correction", "The mayor's name was misspelled <b>earlier</b>.");
            location(post(site, eda, "/admin/articles/" + id, form));

            Document page = Jsoup.parse(site.get("/article/" + imported.slug()).body());
            assertThat(page.selectFirst("p.correction-note").text()).contains("The mayor's name was misspelled earlier.");
            assertThat(page.selectFirst("p.correction-note b")).isNull(); // the note is text
            assertThat(page.select("aside.attribution a[href]").eachAttr("href")).contains(imported.originalUrl());
            Article after = stored(site, id);
            assertThat(after.originalUrl()).isEqualTo(imported.originalUrl());
            assertThat(after.outletId()).isEqualTo(imported.outletId());
            assertThat(after.slug()).isEqualTo(imported.slug());
            assertThat(after.updatedAfterPublication()).isTrue();
            // the source changing its version later does not undo the correction
            Article fromSource = io.newsdesk.app.content.ArticleWriter.clean(new io.newsdesk.app.news.ArticleDraft(imported.title(),
                    null, "<p>The outlet's new version.</p>", null, null, null, null, imported.sectionId(), List.of(), "en",
                    ArticleStatus.PUBLISHED, imported.publishedAt(), Instant.now(), null), "");
            site.stores.jdbi().useTransaction(hd -> new io.newsdesk.app.content.ArticleWriter(site.stores.jdbi(), site.stores.articles())
                    .replaceText(hd, id, fromSource, Instant.now()));
            assertThat(stored(site, id).bodyText()).contains("Ivana Horvat").doesNotContain("The outlet's new version");

            // a correction note on an article readers never saw is refused
            String draft = create(site, eda, articleForm(site, "Unseen draft", "<p>text</p>"));
            Map<String, String> note = articleForm(site, "Unseen draft", "<p>text</p>");
            note.put("correction", "no readers saw it");
            assertThat(post(site, eda, "/admin/articles/" + draft, note).statusCode()).isEqualTo(400);
        }
    }

    @Test
    void aScheduledArticleAppearsAtItsTimeAndNotBefore() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            User eda = login(site, "eda", Role.EDITOR);
            String id = create(site, eda, articleForm(site, "Harbour festival opens on Saturday", "<p>Boats and music.</p>"));
            String slug = stored(site, id).slug();

            // a time in the past is refused; a future one schedules
            String past = LocalDateTime.ofInstant(Instant.now().minusSeconds(60), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
            assertThat(post(site, eda, "/admin/publishing/" + id + "/schedule", Map.of("at", past)).statusCode()).isEqualTo(400);
            Instant when = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
            String at = LocalDateTime.ofInstant(when, ZoneOffset.UTC).toString();
            location(post(site, eda, "/admin/publishing/" + id + "/schedule", Map.of("at", at)));
            Article scheduled = stored(site, id);
            assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
            assertThat(scheduled.publishedAt()).isEqualTo(when);

            // before its time: nowhere for readers, and a pass of the publisher leaves it
            assertThat(site.site.scheduledPublishing().runOnce()).doesNotContain(id);
            assertThat(site.get("/article/" + slug).statusCode()).isEqualTo(404);
            site.site.searchIndexer().runOnce();
            assertThat(site.get("/search?q=Harbour+festival").body()).doesNotContain("/article/" + slug);
            assertThat(site.get("/rss.xml").body()).doesNotContain(slug);
            assertThat(site.get("/news-sitemap.xml").body()).doesNotContain(slug);

            // at its time: the publisher (every few seconds in the running site) publishes it, without a restart
            long deadline = System.currentTimeMillis() + 15_000;
            while (stored(site, id).status() != ArticleStatus.PUBLISHED && System.currentTimeMillis() < deadline) Thread.sleep(200);
            assertThat(stored(site, id).status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(stored(site, id).publishedAt()).isEqualTo(when);
            assertThat(site.get("/article/" + slug).statusCode()).isEqualTo(200);
            assertThat(site.get("/rss.xml").body()).contains(slug);
            assertThat(site.get("/news-sitemap.xml").body()).contains(slug);
            site.site.searchIndexer().runOnce();
            assertThat(site.get("/search?q=Harbour+festival").body()).contains("/article/" + slug);
            assertThat(auditActions(site)).contains("article.scheduled");
        }
    }
}
