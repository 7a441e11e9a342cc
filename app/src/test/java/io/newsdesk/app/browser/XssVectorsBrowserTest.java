package io.newsdesk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.Pipeline;
import io.newsdesk.app.translate.TranslationSetup;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.util.Html;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 14's security test: every input that reaches a page gets every vector of {@code security/xss-vectors.txt}
 * (over 100, OWASP filter-evasion style), and the pages that show them are opened in headless Chromium with
 * {@code alert}, {@code confirm}, {@code prompt}, {@code fetch} and friends trapped ({@link HeadlessChromium}).
 * A page fails on any recorded call and on any live script carrier in its DOM (an {@code on*} attribute, a
 * {@code javascript:} URL, a foreign script, a frame), so a vector that would need a click still counts.
 *
 * <p>Pages that show one vector are loaded with the Content-Security-Policy bypassed, so escaping and
 * sanitizing alone must hold; pages that gather many are loaded with it and without it. The inputs: feeds and
 * article pages of an outlet on 127.0.0.1 (imported by the pipeline as {@code serve} runs it), articles, outlets and authors
 * written straight to the store (outlet and author names and bios unchecked), the comment form's three fields,
 * search, and the admin's fields (login name, section name and address, source address, invitation role, a new
 * user's name, the home page's lead address, the comments' bulk action, the audit filter; an article's title, standfirst, body, authors, caption and credit, correction note,
 * and the article list's search and filters).
 */
@Timeout(900)
@Execution(ExecutionMode.CONCURRENT) // beside the other test classes (its methods one after another, in order)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssVectorsBrowserTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path tempDir;

    private static XssVectors vectors;
    private static TestSite site;
    private static HeadlessChromium chrome;
    private static final List<String> findings = new ArrayList<>();
    private static int loads;
    private static int clients;

    @BeforeAll
    static void importHostileOutletThenStartSiteAndBrowser() throws Exception {
        vectors = new XssVectors();
        assertThat(vectors.size()).as("vectors per input").isGreaterThanOrEqualTo(100);
        Path data = tempDir.resolve("site");
        importFromHostileOutlet(data);
        site = TestSite.emptyBehind(data, "127.0.0.1");
        site.createUser("admin", Role.ADMIN, PASSWORD);
        chrome = new HeadlessChromium(tempDir.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        try {
            if (chrome != null) chrome.close();
        } finally {
            if (site != null) site.close();
        }
        System.out.printf("XSS browser test: %d inputs x %d vectors, %d page loads%n",
                vectors == null ? 0 : vectors.inputCount(), vectors == null ? 0 : vectors.size(), loads);
    }

    // ---------------------------------------------------------------- imported HTML

    /**
     * An outlet on loopback: an RSS feed of one item per vector (title, HTML description, creator and category
     * each carry it) and a full-text feed of four article pages whose paragraphs, title, description and JSON-LD
     * carry them as raw HTML.
     */
    private static void importFromHostileOutlet(Path data) throws Exception {
        List<XssVectors.Vector> titles = vectors.forInput("feed item title");
        List<XssVectors.Vector> descriptions = vectors.forInput("feed item description (HTML)");
        List<XssVectors.Vector> creators = vectors.forInput("feed item author");
        List<XssVectors.Vector> categories = vectors.forInput("feed item category");
        List<XssVectors.Vector> bodies = vectors.forInput("article page body (raw HTML)");
        List<XssVectors.Vector> heads = vectors.forInput("article page title and metadata");
        Map<String, byte[]> docs = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = docs.get(ex.getRequestURI().getPath());
            String type = ex.getRequestURI().getPath().endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8";
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < vectors.size(); i++) {
                items.append("<item><title>").append(Html.escape("Harbour report " + i + " " + titles.get(i).text()))
                        .append("</title><link>").append(base).append("/item/").append(i).append("</link><guid>x-").append(i)
                        .append("</guid><pubDate>").append(rfc822(i)).append("</pubDate><dc:creator>")
                        .append(Html.escape("Ann Rowe " + creators.get(i).text())).append("</dc:creator><category>")
                        .append(Html.escape(categories.get(i).text())).append("</category><description>")
                        .append(Html.escape("<p>" + sentence(i) + " " + descriptions.get(i).text() + "</p><p>" + sentence(i + 500) + "</p>"))
                        .append("</description></item>\n");
            }
            docs.put("/feed.xml", rss("Harbour Wire", items.toString()));
            StringBuilder full = new StringBuilder();
            int pages = 4, per = (vectors.size() + pages - 1) / pages;
            for (int p = 0; p < pages; p++) {
                StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                        .append("Ferry timetable page ").append(p).append(' ').append(heads.get(p).text()).append("</title>")
                        .append("<meta name=\"description\" content=\"").append(heads.get(p + 4).text()).append("\">")
                        .append("<meta property=\"og:title\" content=\"Ferry timetable page ").append(p).append(' ')
                        .append(heads.get(p + 8).text()).append("\">")
                        .append("<meta name=\"author\" content=\"").append(heads.get(p + 12).text()).append("\">")
                        .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable page ")
                        .append(p).append(' ').append(heads.get(p + 16).text().replace("\"", "\\\"")).append("\"}</script>")
                        .append("</head><body><header><nav><a href=\"/\">Home</a></nav></header><article><h1>Ferry timetable page ")
                        .append(p).append("</h1>");
                for (int i = p * per; i < Math.min(vectors.size(), (p + 1) * per); i++) {
                    page.append("<p>").append(sentence(i + 1000)).append(' ').append(bodies.get(i).text()).append(' ')
                            .append(sentence(i + 2000)).append("</p>\n");
                }
                docs.put("/page/" + p, page.append("</article><footer>Footer</footer></body></html>").toString().getBytes(StandardCharsets.UTF_8));
                full.append("<item><title>Ferry timetable page ").append(p).append("</title><link>").append(base).append("/page/").append(p)
                        .append("</link><guid>p-").append(p).append("</guid><pubDate>").append(rfc822(p)).append("</pubDate></item>\n");
            }
            docs.put("/full.xml", rss("Ferry Wire", full.toString()));

            try (Database db = Database.sqlite(data)) {
                Stores.over(db.jdbi()).sections().create("world", "World", null, 1);
                SourceStore sources = new SourceStore(db.jdbi());
                sources.add(NewSource.of(base + "/feed.xml", SourceKind.RSS, "Harbour Wire").withLanguage("en"));
                sources.add(NewSource.of(base + "/full.xml", SourceKind.RSS, "Ferry Wire").withPolicy(ContentPolicy.FULL_TEXT).withLanguage("en"));
            }
            // the importer as `serve` runs it, without the politeness delay between requests to one host (every
            // item's hostile images are fetched from this one loopback outlet)
            FetcherConfig fetching = FetcherConfig.fromEnvironment(Map.of(), false).withTrustedOrigin(base + "/")
                    .withMinHostDelay(java.time.Duration.ZERO);
            try (Database db = Database.sqlite(data);
                 Fetcher fetcher = new Fetcher(fetching);
                 Pipeline pipeline = new Pipeline(db.jdbi(), fetcher, java.time.Clock.systemUTC(), Pipeline.Settings.defaults("en",
                         data.resolve("media")), TranslationSetup.memoryOnly((pair, output) -> output, (pair, source, output) -> List.of()),
                         line -> { })) {
                pipeline.queueNow(new SourceStore(db.jdbi()).all());
                pipeline.runUntilIdle();
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    @Order(1)
    @Execution(ExecutionMode.SAME_THREAD)
    void importedFeedsAndArticlePagesRunNoScript() {
        List<String> slugs = site.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT slug FROM articles WHERE status = 'published' ORDER BY published_at").mapTo(String.class).list());
        assertThat(slugs).as("imported articles").hasSizeGreaterThanOrEqualTo(vectors.size());
        for (String slug : slugs) openWithoutCsp(SitePaths.article(slug));
        for (String path : List.of("/", SitePaths.section("world"), "/search?q=harbour", "/search?q=ferry")) openBothWays(path);
        for (String slug : site.db.jdbi().withHandle(h -> h.createQuery("SELECT slug FROM outlets").mapTo(String.class).list())) {
            openBothWays(SitePaths.outlet(slug));
        }
        assertNoFindings();
    }

    // ---------------------------------------------------------------- written articles, outlets, authors

    @Test
    @Order(2)
    @Execution(ExecutionMode.SAME_THREAD)
    void writtenArticlesOutletNamesAndAuthorBiosRunNoScript() {
        List<XssVectors.Vector> titles = vectors.forInput("article title");
        List<XssVectors.Vector> standfirsts = vectors.forInput("article standfirst");
        List<XssVectors.Vector> bodies = vectors.forInput("article body");
        List<XssVectors.Vector> captions = vectors.forInput("image caption and credit");
        List<XssVectors.Vector> outletNames = vectors.forInput("outlet name (stored unchecked)");
        List<XssVectors.Vector> authorNames = vectors.forInput("author name and bio (stored unchecked)");
        Section section = site.stores.sections().bySlug("world").orElseThrow();
        ArticleWriter writer = new ArticleWriter(site.db.jdbi(), site.stores.articles());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            Outlet outlet = site.stores.outlets().create("hostile-outlet-" + i, "Outlet " + outletNames.get(i).text(),
                    "https://outlet" + i + ".example/", "en", null);
            Author author = site.stores.authors().create("hostile-author-" + i, "Bea " + authorNames.get(i).text(),
                    "Writes about ports. " + authorNames.get(i).text());
            slugs.add(writer.save(new ArticleDraft("Written report " + i + " " + titles.get(i).text(), standfirsts.get(i).text(),
                    "<p>" + sentence(i + 3000) + "</p>" + bodies.get(i).text() + "<p>" + sentence(i + 4000) + "</p>", null,
                    "/media/hostile-" + i + ".jpg", captions.get(i).text(), captions.get(i).text(), section.id(),
                    List.of(author.id()), "en", ArticleStatus.PUBLISHED, now.minusSeconds(60L * i), null,
                    new ArticleDraft.Imported(outlet.id(), "https://outlet" + i + ".example/a/" + i, null, "en", false))).slug());
        }
        site.site.contentChanged();
        for (String slug : slugs) openWithoutCsp(SitePaths.article(slug));
        // outlet names are on the article pages; bios only on author pages
        for (int i = 0; i < vectors.size(); i++) openWithoutCsp(SitePaths.author("hostile-author-" + i));
        openBothWays(SitePaths.outlet("hostile-outlet-0"));
        openBothWays("/");
        openBothWays(SitePaths.section("world"));
        assertNoFindings();
    }

    // ---------------------------------------------------------------- the comment form

    @Test
    @Order(3)
    @Execution(ExecutionMode.SAME_THREAD)
    void commentFieldsRunNoScriptWhenRefusedWaitingOrShown() {
        List<XssVectors.Vector> names = vectors.forInput("comment name");
        List<XssVectors.Vector> bodies = vectors.forInput("comment text");
        List<XssVectors.Vector> emails = vectors.forInput("comment e-mail");
        String slug = site.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1").mapTo(String.class).one());
        chrome.bypassCsp(true);
        check("comment page", chrome.open(site.url(SitePaths.article(slug))));
        for (int i = 0; i < vectors.size(); i++) {
            // each answer (the article again, or the form refused) holds the form for the next
            newClient();
            check("comment sent", chrome.submit("form.comment-form", Map.of("name", names.get(i).text(), "email", "",
                    "comment", "Reader view " + i + ": " + bodies.get(i).text())));
            check("comment refused", chrome.submit("form.comment-form", Map.of("name", "Reader " + i, "email", emails.get(i).text(),
                    "comment", "A view on the harbour " + i)));
        }
        chrome.clientAddress("10.9.9.9");
        loginAsAdmin();
        openBothWays("/admin/comments");
        for (Comment c : site.stores.comments().pending(10_000)) site.stores.comments().approve(c.id());
        site.site.contentChanged();
        String shown = openBothWays(SitePaths.article(slug));
        long reached = names.stream().filter(v -> shown.contains(Integer.toString(v.marker()))).count();
        assertNoFindings();
        assertThat(reached).as("comment names shown as text on the article").isGreaterThanOrEqualTo(100);
    }

    // ---------------------------------------------------------------- search

    @Test
    @Order(4)
    @Execution(ExecutionMode.SAME_THREAD)
    void searchQueriesRunNoScript() {
        chrome.bypassCsp(true);
        int echoed = 0;
        for (XssVectors.Vector v : vectors.forInput("search query")) {
            HeadlessChromium.Inspection page = check("search", chrome.open(site.url("/search?q=" + TestSite.enc(v.text()))));
            if (page.text().contains(Integer.toString(v.marker()))) echoed++;
        }
        assertNoFindings();
        assertThat(echoed).as("queries echoed as text").isGreaterThanOrEqualTo(100);
    }

    // ---------------------------------------------------------------- admin fields

    @Test
    @Order(5)
    @Execution(ExecutionMode.SAME_THREAD)
    void adminFieldsRunNoScriptWhenRefusedOrShown() {
        chrome.bypassCsp(true);
        chrome.driver.manage().deleteAllCookies();
        chrome.open(site.url("/admin/login"));
        for (XssVectors.Vector v : vectors.forInput("login name")) {
            newClient();
            check("login refused", chrome.submit("form.login-form", Map.of("name", v.text(), "password", "not the password " + v.marker())));
        }
        chrome.clientAddress("10.9.9.10");
        loginAsAdmin();

        chrome.open(site.url("/admin/sections"));
        for (XssVectors.Vector v : vectors.forInput("section name")) {
            check("section added", chrome.submit("form.section-form", Map.of("name", "Desk " + v.text())));
        }
        String sectionId = site.stores.sections().bySlug("world").orElseThrow().id();
        for (XssVectors.Vector v : vectors.forInput("section rename (name and address)")) {
            check("section renamed", chrome.submit("form[action='/admin/sections/" + sectionId + "/rename']",
                    Map.of("name", v.text(), "slug", v.text())));
        }
        chrome.open(site.url("/admin/sources"));
        for (XssVectors.Vector v : vectors.forInput("source address")) {
            check("source refused", chrome.submit("form.source-form", Map.of("url", v.text())));
        }
        chrome.open(site.url("/admin/users"));
        for (XssVectors.Vector v : vectors.forInput("invitation role")) {
            check("invitation refused", chrome.submit("form.invite-form", Map.of("role", v.text())));
        }
        chrome.open(site.url("/admin/home"));
        for (XssVectors.Vector v : vectors.forInput("home page lead address")) {
            check("lead refused", chrome.submit("form.lead-form", Map.of("article", v.text())));
        }
        // the bulk form is on the page while a comment waits
        String slug = site.db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM articles LIMIT 1").mapTo(String.class).one());
        site.stores.comments().add(slug, null, "Waiting Reader", null, "A comment that waits.", Comment.Status.PENDING, Instant.now());
        chrome.open(site.url("/admin/comments"));
        for (XssVectors.Vector v : vectors.forInput("comment bulk action")) {
            if (chrome.driver.findElements(org.openqa.selenium.By.cssSelector("form.moderation-form")).isEmpty()) {
                chrome.open(site.url("/admin/comments"));
            }
            check("bulk refused", chrome.submit("form.moderation-form", Map.of("action", v.text(), "id", v.text())));
        }
        for (XssVectors.Vector v : vectors.forInput("audit filter")) {
            check("audit filter", chrome.open(site.url("/admin/audit?user=" + TestSite.enc(v.text()) + "&from=" + TestSite.enc(v.text()))));
        }
        List<XssVectors.Vector> userNames = vectors.forInput("new user's name (invitation)");
        for (XssVectors.Vector v : userNames) {
            String token = site.accounts().invite(Role.AUTHOR, AuditLog.Actor.anonymous("test"));
            chrome.driver.manage().deleteAllCookies();
            newClient();
            chrome.open(site.url("/admin/invite?token=" + token));
            check("user joined", chrome.submit("form.join-form", Map.of("name", v.text(), "password", "harbour lights " + v.marker() + " shine on")));
        }
        chrome.driver.manage().deleteAllCookies();
        chrome.clientAddress("10.9.9.11");
        loginAsAdmin();
        for (String path : List.of("/admin", "/admin/sections", "/admin/sources", "/admin/status", "/admin/users",
                "/admin/audit", "/admin/comments", "/admin/comments?show=spam", "/admin/review", "/admin/home", "/")) {
            openBothWays(path);
        }
        assertNoFindings();
    }

    // ---------------------------------------------------------------- the admin's article pages

    @Test
    @Order(6)
    @Execution(ExecutionMode.SAME_THREAD)
    void adminArticleFieldsRunNoScriptWhenRefusedSavedPublishedOrCorrected() {
        chrome.bypassCsp(true);
        chrome.driver.manage().deleteAllCookies();
        chrome.clientAddress("10.9.9.12");
        loginAsAdmin();
        List<XssVectors.Vector> titles = vectors.forInput("admin article title");
        List<XssVectors.Vector> standfirsts = vectors.forInput("admin article standfirst");
        List<XssVectors.Vector> bodies = vectors.forInput("admin article body (textarea)");
        List<XssVectors.Vector> bylines = vectors.forInput("admin article authors");
        List<XssVectors.Vector> captions = vectors.forInput("admin article caption and credit");
        List<XssVectors.Vector> notes = vectors.forInput("admin correction note");
        List<XssVectors.Vector> filters = vectors.forInput("admin article list search and author filter");
        String sectionId = site.stores.sections().bySlug("world").orElseThrow().id();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            chrome.open(site.url("/admin/articles/new"));
            Map<String, String> form = new java.util.HashMap<>(Map.of("title", "Desk article " + i + " " + titles.get(i).text(),
                    "standfirst", standfirsts.get(i).text(), "section", sectionId, "authors", bylines.get(i).text(),
                    "body", "<p>Harbour notes " + i + ".</p>" + bodies.get(i).text(), "caption", captions.get(i).text(),
                    "credit", captions.get(i).text()));
            HeadlessChromium.Inspection saved = check("article written", chrome.submit("form.article-form", form));
            if (!saved.url().contains("done=saved")) { // refused (a byline that is no name): the form again, then without it
                form.put("authors", "Bea Harbour");
                saved = check("article written", chrome.submit("form.article-form", form));
            }
            assertThat(saved.url()).as("written " + i).contains("done=saved");
            String id = saved.url().replaceAll(".*/admin/articles/([^?]+).*", "$1");
            written.add(id);
            check("article published", chrome.submit("form[action='/admin/publishing/" + id + "/publish']", Map.of()));
            form.put("body", "<p>Harbour notes " + i + ", corrected.</p>" + bodies.get(i).text());
            form.put("correction", "Corrected " + i + ": " + notes.get(i).text());
            check("article corrected", chrome.submit("form.article-form", form));
        }
        for (String id : written) {
            openWithoutCsp(SitePaths.article(site.stores.articles().byId(id).orElseThrow().slug()));
            openWithoutCsp("/admin/articles/" + id + "/revisions");
        }
        for (XssVectors.Vector v : filters) {
            check("article list filter", chrome.open(site.url("/admin/articles?q=" + TestSite.enc(v.text()) + "&author="
                    + TestSite.enc(v.text()) + "&status=" + TestSite.enc(v.text()))));
        }
        openBothWays("/admin/articles");
        openBothWays("/");
        assertNoFindings();
    }

    // ---------------------------------------------------------------- helpers

    private static void loginAsAdmin() {
        chrome.open(site.url("/admin/login"));
        HeadlessChromium.Inspection in = chrome.submit("form.login-form", Map.of("name", "admin", "password", PASSWORD));
        assertThat(in.url()).as("logged in").doesNotContain("/admin/login");
    }

    /** Later requests come from another client (behind the trusted proxy), so per-client limits do not mask a page. */
    private static void newClient() {
        int n = ++clients;
        chrome.clientAddress("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
    }

    private static HeadlessChromium.Inspection check(String where, HeadlessChromium.Inspection in) {
        loads++;
        for (String hit : in.hits()) findings.add(where + " " + in.url() + " ran " + vectors.explain(hit));
        for (String live : in.live()) findings.add(where + " " + in.url() + " holds " + vectors.explain(live));
        return in;
    }

    private static void openWithoutCsp(String path) {
        chrome.bypassCsp(true);
        check("page", chrome.open(site.url(path)));
    }

    /** Opens {@code path} with the site's Content-Security-Policy and without it; returns the page's text. */
    private static String openBothWays(String path) {
        chrome.bypassCsp(false);
        check("page (CSP)", chrome.open(site.url(path)));
        chrome.bypassCsp(true);
        return check("page (no CSP)", chrome.open(site.url(path))).text();
    }

    private static void assertNoFindings() {
        List<String> all = List.copyOf(findings);
        findings.clear();
        assertThat(all).as("script executions and live script carriers").isEmpty();
    }

    private static byte[] rss(String title, String items) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel><title>" + title + "</title><link>https://wire.example/</link><description>d</description>\n"
                + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private static String rfc822(int i) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.of(2026, 6, 1, 8, 0, 0, 0, java.time.ZoneOffset.UTC).plusMinutes(i));
    }

    private static final String[] WHO = {"The harbour board", "A ferry crew", "The city council", "Local fishermen", "The port authority",
            "A group of residents", "The coast guard", "Dock workers", "The tourism office", "A shipping firm", "The mayor"};
    private static final String[] DID = {"approved a plan for", "raised concerns about", "published figures on", "voted against",
            "asked for a review of", "celebrated", "postponed"};
    private static final String[] WHAT = {"the new pier", "winter timetables", "cleaner fuel", "night crossings", "fish prices",
            "the lighthouse repairs", "cargo fees", "a second terminal", "storm barriers", "passenger safety", "the marina",
            "river dredging", "bike racks on ferries"};

    /** A plain sentence that differs for every {@code n}, so no two items are the same story. */
    private static String sentence(int n) {
        return WHO[n % WHO.length] + " " + DID[n / WHO.length % DID.length] + " " + WHAT[n % WHAT.length]
                + " on meeting number " + n + ", and the decision is expected to shape the season ahead.";
    }
}
