package io.newsdesk.app;

import io.newsdesk.app.accounts.Accounts;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.accounts.User;
import io.newsdesk.app.accounts.UserStore;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.demo.DemoSite;
import io.newsdesk.app.distribute.feeds.FeedSettings;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.server.Site;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.store.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A real site for tests: SQLite in a temporary folder (or a real PostgreSQL), the demo content, a server on a free loopback port. */
public final class TestSite implements AutoCloseable {
    public static final String BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

    public final Path dataDir;
    public final Database db;
    public final Stores stores;
    public final Site site;
    public final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestSite(Path dataDir, boolean demo, String telegramChannel, String baseUrl, String trustedProxies) {
        this(dataDir, demo, telegramChannel, baseUrl, trustedProxies, FetcherConfig.fromEnvironment(java.util.Map.of(), false));
    }

    private TestSite(Path dataDir, boolean demo, String telegramChannel, String baseUrl, String trustedProxies, FetcherConfig fetching) {
        this(TestDatabase.SQLITE.fresh(dataDir), demo, telegramChannel, baseUrl, trustedProxies, fetching, null);
    }

    private TestSite(TestDatabase.Place place, boolean demo, String telegramChannel, String baseUrl, String trustedProxies,
                     FetcherConfig fetching, io.newsdesk.app.translate.TranslationSetup translation) {
        Path dataDir = place.dir();
        this.dataDir = dataDir;
        this.db = place.open();
        this.stores = Stores.over(db.jdbi());
        if (demo) DemoSite.load(stores, dataDir, Clock.systemUTC());
        SiteConfig config = new SiteConfig("127.0.0.1", 0, dataDir, "Test Herald", "en", baseUrl, telegramChannel, "", demo, trustedProxies);
        this.site = new Site(config, stores, Clock.systemUTC(), FeedSettings.defaults(), fetching, translation, java.util.Set.of()).start();
    }

    /** The demo site with a Telegram channel configured. */
    public static TestSite withDemo(Path dir) {
        return new TestSite(dir, true, "testherald", "http://news.test", "");
    }

    /** The demo site with another public address and trusted proxies ({@code NEWSDESK_BASE_URL}, {@code NEWSDESK_TRUSTED_PROXIES}). */
    public static TestSite withDemo(Path dir, String baseUrl, String trustedProxies) {
        return new TestSite(dir, true, "testherald", baseUrl, trustedProxies);
    }

    /** The demo site whose admin fetches with {@code fetching} (e.g. trusting a loopback fixture server's origin). */
    public static TestSite withDemo(Path dir, FetcherConfig fetching) {
        return new TestSite(dir, true, "testherald", "http://news.test", "", fetching);
    }

    /** A site without the demo that believes {@code X-Forwarded-For} from {@code trustedProxies}. */
    public static TestSite emptyBehind(Path dir, String trustedProxies) {
        return new TestSite(dir, false, "", "http://news.test", trustedProxies);
    }

    /** An empty site whose editors may retry translations with {@code translation}'s engines (on /admin/review). */
    public static TestSite emptyWithTranslation(Path dir, io.newsdesk.app.translate.TranslationSetup translation) {
        return new TestSite(TestDatabase.SQLITE.fresh(dir), false, null, "http://news.test", "", FetcherConfig.fromEnvironment(java.util.Map.of(), false), translation);
    }

    /** A site without the demo whose admin fetches with {@code fetching} (e.g. trusting a loopback outlet's origin). */
    public static TestSite emptyFetching(Path dir, FetcherConfig fetching) {
        return new TestSite(dir, false, "", "http://news.test", "", fetching);
    }

    /** The demo site on {@code database} (SQLite in {@code dir}, or a fresh PostgreSQL database; the files stay in {@code dir}). */
    public static TestSite withDemo(Path dir, TestDatabase database) {
        return new TestSite(database.fresh(dir), true, "testherald", "http://news.test", "", FetcherConfig.fromEnvironment(java.util.Map.of(), false), null);
    }

    /** A site without the demo on {@code database} (SQLite in {@code dir}, or a fresh PostgreSQL database). */
    public static TestSite emptyOn(Path dir, TestDatabase database) {
        return new TestSite(database.fresh(dir), false, "", "http://news.test", "", FetcherConfig.fromEnvironment(java.util.Map.of(), false), null);
    }

    public static TestSite empty(Path dir, String telegramChannel) {
        return new TestSite(dir, false, telegramChannel, "http://news.test", "");
    }

    public String url(String path) {
        return "http://127.0.0.1:" + site.port() + path;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("User-Agent", BROWSER_UA);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, String form, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("User-Agent", BROWSER_UA)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static final String ADMIN_PASSWORD = "correct horse battery";

    /** The site's accounts, as the site itself changes them (checked and audited). */
    public Accounts accounts() {
        return new Accounts(db.jdbi(), Clock.systemUTC());
    }

    /** Creates a user (as the command line would). */
    public User createUser(String name, Role role, String password) {
        return accounts().create(name, role, password.toCharArray(), AuditLog.Actor.anonymous("test"));
    }

    /** Logs in through the login form; returns the response (303 with the session cookie when it worked). */
    public HttpResponse<String> login(String name, String password, String... headers) throws IOException, InterruptedException {
        String token = org.jsoup.Jsoup.parse(get("/admin/login").body()).selectFirst("input[name=csrf]").val();
        return postForm("/admin/login", "csrf=" + token + "&name=" + enc(name) + "&password=" + enc(password), headers);
    }

    /** Logs in and returns the session cookie ({@code name=value}). */
    public String loginCookie(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = login(name, password);
        if (login.statusCode() != 303) throw new IllegalStateException("login failed: " + login.statusCode());
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    /** Creates the admin "admin" (once), logs in, and returns the session cookie ({@code name=value}). */
    public String adminCookie() throws IOException, InterruptedException {
        if (new UserStore(db.jdbi()).byName("admin").isEmpty()) createUser("admin", Role.ADMIN, ADMIN_PASSWORD);
        return loginCookie("admin", ADMIN_PASSWORD);
    }

    /** The form token of the admin pages for a session cookie (every logged-in page carries it in its menu). */
    public String adminCsrf(String cookie) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/admin/account", "Cookie", cookie);
        if (page.statusCode() != 200) throw new IllegalStateException("/admin/account: " + page.statusCode());
        return org.jsoup.Jsoup.parse(page.body()).selectFirst("form[action=/admin/logout] input[name=csrf]").val();
    }

    public static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        site.close();
        db.close();
    }
}
