package io.newsdesk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Invites;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.Pipeline;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.translate.TranslationSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * Issue 14's "done when", in headless Chromium with a person's clicks and keystrokes only: from an empty data
 * directory, the first administrator sets up the site from the setup link, adds a section, invites two editors
 * who each create their account, adds an outlet's feed (on 127.0.0.1) after previewing it, and the importer brings
 * its articles in; an editor writes an article with a lead photo, publishes it and corrects it (readers see
 * "Updated" and the note; the history shows both versions); the admin renames the site; then every admin page is
 * opened. Screenshots of each step and page go to
 * {@code app/target/screenshots/newsroom-journey-*.png}.
 */
@Timeout(300)
class NewsroomJourneyBrowserTest {
    private static final String ADMIN = "Maya Admin";
    private static final String PASSWORD = "tide tables at dawn";

    @TempDir
    static Path tempDir;

    private static HttpServer outlet;
    private static TestSite site;
    private static HeadlessChromium chrome;
    private static Path screenshots;
    private static int shot;

    @BeforeAll
    static void start() throws IOException {
        outlet = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        outlet.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                String body = path.equals("/feed.xml") ? feed() : path.startsWith("/story/") ? story(path.substring(7)) : null;
                byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", path.equals("/feed.xml") ? "application/rss+xml" : "text/html; charset=utf-8");
                ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
                ex.getResponseBody().write(bytes);
            }
        });
        outlet.start();
        FetcherConfig fetching = FetcherConfig.fromEnvironment(Map.of(), false).withTrustedOrigin(outletUrl("/"));
        site = TestSite.emptyFetching(tempDir.resolve("site"), fetching);
        chrome = new HeadlessChromium(tempDir.resolve("chromium-profile"));
        // pages load eagerly: after a click, finding an element waits for the next page (no check here wants an absent one)
        chrome.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        screenshots = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("screenshots");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stop() {
        try {
            if (chrome != null) chrome.close();
        } finally {
            try {
                if (site != null) site.close();
            } finally {
                if (outlet != null) outlet.stop(0);
            }
        }
    }

    @Test
    void fromAnEmptyDataDirectoryToARunningNewsroomInTheBrowserAlone() throws Exception {
        // 1. The setup link that `serve` prints on a site without accounts.
        String setup = new Invites(site.stores.jdbi()).setup(Instant.now());
        open("/admin/setup?token=" + setup);
        type("name", ADMIN);
        type("password", PASSWORD);
        type("password2", PASSWORD);
        type("site_name", "Harbour Times");
        type("site_language", "en");
        type("sections", "Local\nSport");
        screenshot("setup");
        click("Set up the site");
        assertThat(text()).contains("Your site is set up", ADMIN);
        screenshot("dashboard");

        // 2. A third section, which readers see in the menu at once.
        open("/admin/sections");
        type("name", "Culture");
        click("Add");
        assertThat(chrome.driver.findElements(By.cssSelector("input[name=name]")).stream().map(e -> e.getAttribute("value")).toList())
                .contains("Local", "Sport", "Culture");
        screenshot("sections");
        open("/");
        assertThat(chrome.driver.findElements(By.cssSelector("nav a")).stream().map(e -> e.getAttribute("textContent").strip()).toList())
                .contains("Local", "Sport", "Culture");

        // 3. Two editors, each invited by link and choosing their own name and password.
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            open("/admin/users");
            select("role", "editor");
            click("Make an invitation link");
            links.add(chrome.driver.findElement(By.id("invite-link")).getText());
        }
        screenshot("users-invited");
        click("Log out");
        String[] editors = {"Eda Editor", "Olek Editor"};
        for (int i = 0; i < 2; i++) {
            // the link names the site's public address (http://news.test here); the test site answers on loopback
            java.net.URI link = java.net.URI.create(links.get(i));
            assertThat(link.getHost()).isEqualTo("news.test");
            open(link.getRawPath() + "?" + link.getRawQuery());
            type("name", editors[i]);
            type("password", "editor " + i + " reads the proofs");
            type("password2", "editor " + i + " reads the proofs");
            click("Create my account");
            assertThat(text()).contains(editors[i]);
            click("Log out");
        }
        logIn(ADMIN, PASSWORD);
        open("/admin/users");
        assertThat(text()).contains("Eda Editor", "Olek Editor");
        screenshot("users");

        // 4. An outlet's feed, previewed, then added; the importer (as `serve` runs it) brings its stories in.
        open("/admin/sources");
        type("url", outletUrl("/feed.xml"));
        click("Preview");
        assertThat(text()).contains("Ferry returns to the island", "New sports hall opens");
        // the first item's page, extracted as a full-text import would read it
        assertThat(chrome.driver.findElement(By.cssSelector(".preview-sample")).getText())
                .contains("Ferry returns to the island", "Ann Lee", "three weeks of repairs");
        screenshot("source-preview");
        chrome.driver.findElements(By.cssSelector("form.inline-form button")).stream()
                .filter(b -> b.getText().startsWith("Add")).findFirst().orElseThrow().click();
        waitForLoad();
        assertThat(text()).contains("Island Gazette");
        screenshot("sources");
        importNow();
        open("/");
        assertThat(text()).contains("Ferry returns to the island");
        screenshot("home-with-imports");

        // 5. An editor writes an article with a lead photo, publishes it, then corrects it.
        open("/admin");
        click("Log out");
        logIn("Eda Editor", "editor 0 reads the proofs");
        open("/admin/articles/new");
        type("title", "Harbour festival moves to June");
        type("standfirst", "The town's summer festival will open two weeks early this year.");
        select("section", site.stores.sections().bySlug("local").orElseThrow().id());
        type("authors", "Eda Editor");
        type("body", "<p>The harbour festival opens on 12 June, the organisers said on Monday.</p>"
                + "<p>Boats from five towns will sail into the harbour for the opening parade.</p>");
        type("caption", "Boats at the harbour");
        type("credit", "Eda Editor");
        click("Create the draft");
        chrome.driver.findElement(By.id("image")).sendKeys(photo().toString());
        click("Upload");
        screenshot("article-draft");
        click("Publish now");
        String articleAdmin = chrome.driver.getCurrentUrl();
        open("/");
        chrome.driver.findElement(By.linkText("Harbour festival moves to June")).click();
        waitForLoad();
        String readerPage = chrome.driver.getCurrentUrl();
        assertThat(text()).contains("Harbour festival moves to June", "12 June", "Eda Editor");
        assertThat(chrome.driver.findElements(By.cssSelector("img[src^='/media/img/']"))).as("the uploaded photo, stored by the site").isNotEmpty();
        screenshot("article-published");
        chrome.driver.get(articleAdmin);
        type("body", "<p>The harbour festival opens on 19 June, the organisers said on Monday.</p>"
                + "<p>Boats from five towns will sail into the harbour for the opening parade.</p>");
        type("correction", "An earlier version gave the wrong opening date.");
        click("Save");
        chrome.driver.get(readerPage);
        assertThat(text()).contains("19 June", "Updated", "An earlier version gave the wrong opening date.").doesNotContain("12 June");
        screenshot("article-corrected");
        chrome.driver.get(articleAdmin.replaceAll("\\?.*", "") + "/revisions");
        // the word diff: the old date removed, the new one added
        assertThat(chrome.driver.findElements(By.tagName("del")).stream().map(e -> e.getText().strip()).toList()).contains("12");
        assertThat(chrome.driver.findElements(By.tagName("ins")).stream().map(e -> e.getText().strip()).toList()).contains("19");
        screenshot("article-history");
        click("Log out");
        logIn(ADMIN, PASSWORD);

        // 6. The site's settings: a new name shows on the reader's pages at once.
        open("/admin/settings");
        type("name", "Harbour Times Daily");
        click("Save");
        open("/");
        assertThat(text()).contains("Harbour Times Daily");

        // 7. Every admin page opens for the administrator, with the menu and "Log out".
        for (String page : List.of("/admin", "/admin/articles", "/admin/sections", "/admin/sources", "/admin/sources/opml",
                "/admin/users", "/admin/comments", "/admin/review", "/admin/home", "/admin/settings", "/admin/ads",
                "/admin/authors", "/admin/outlets", "/admin/status", "/admin/audit", "/admin/account")) {
            open(page);
            assertThat(chrome.driver.findElements(By.xpath("//button[normalize-space()='Log out']"))).as("Log out on " + page).isNotEmpty();
            screenshot("page" + page.replace('/', '-'));
        }
        open("/admin/audit");
        assertThat(text()).contains("section", "source", "user");
    }

    // ---------------------------------------------------------------- the browser

    private static void open(String path) {
        chrome.driver.get(site.url(path));
    }

    /** Types into the field labelled for {@code id} (the main form's field where a page has several of a name). */
    private static void type(String id, String value) {
        WebElement e = chrome.driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    private static void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(chrome.driver.findElement(By.id(id))).selectByValue(value);
    }

    /** Clicks the first visible button with this text (or starting with it) and waits for the next page. */
    private static void click(String label) {
        WebElement button = chrome.driver.findElements(By.cssSelector("button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' on " + chrome.driver.getCurrentUrl()));
        // waiting for the next page: the next step could otherwise navigate away while the form was still being sent
        // (a login lost that way failed one run: the settings page never came)
        chrome.clickThrough(button);
    }

    private static void waitForLoad() {
        new org.openqa.selenium.support.ui.WebDriverWait(chrome.driver, Duration.ofSeconds(20), Duration.ofMillis(10))
                .until(d -> "complete".equals(chrome.driver.executeScript("return document.readyState")));
    }

    private static void logIn(String name, String password) {
        open("/admin/login");
        type("name", name);
        type("password", password);
        click("Log in");
    }

    private static String text() {
        return chrome.driver.findElement(By.tagName("body")).getText();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(String.format("newsroom-journey-%02d-%s.png", ++shot, name)),
                chrome.driver.getScreenshotAs(OutputType.BYTES));
    }

    /** A photograph-sized JPEG drawn here, as a phone would upload it. */
    private static Path photo() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1600, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(40, 110, 170), 0, 1000, new java.awt.Color(230, 200, 120)));
        g.fillRect(0, 0, 1600, 1000);
        g.setColor(new java.awt.Color(250, 250, 250));
        for (int i = 0; i < 5; i++) g.fillPolygon(new int[] {200 + i * 260, 320 + i * 260, 260 + i * 260}, new int[] {700, 700, 520}, 3);
        g.dispose();
        Path file = tempDir.resolve("harbour-boats.jpg");
        javax.imageio.ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    // ---------------------------------------------------------------- the outlet and the importer

    private static String outletUrl(String path) {
        return "http://127.0.0.1:" + outlet.getAddress().getPort() + path;
    }

    private static void importNow() throws Exception {
        FetcherConfig fetching = FetcherConfig.fromEnvironment(Map.of(), false).withTrustedOrigin(outletUrl("/"))
                .withMinHostDelay(Duration.ZERO);
        try (Fetcher fetcher = new Fetcher(fetching);
             Pipeline pipeline = new Pipeline(site.db.jdbi(), fetcher, Clock.systemUTC(),
                     Pipeline.Settings.defaults("en", site.dataDir.resolve("media")),
                     TranslationSetup.memoryOnly((pair, output) -> output, (pair, source, output) -> List.of()), line -> { })) {
            pipeline.queueNow(new SourceStore(site.db.jdbi()).all());
            pipeline.runUntilIdle();
        }
        site.site.contentChanged();
    }

    private static final String[][] STORIES = {
            {"ferry", "Ferry returns to the island", "The ferry to the island runs again from Monday after three weeks of repairs to its engines."},
            {"hall", "New sports hall opens", "The town's new sports hall opened on Saturday with a basketball match and a swimming gala."}};

    private static String feed() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < STORIES.length; i++) {
            items.append("<item><title>").append(STORIES[i][1]).append("</title><link>").append(outletUrl("/story/" + STORIES[i][0]))
                    .append("</link><guid>").append(STORIES[i][0]).append("</guid><pubDate>Mon, 30 Nov 2026 0").append(8 + i)
                    .append(":00:00 GMT</pubDate><description>").append(STORIES[i][2]).append("</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Island Gazette - News</title>"
                + "<link>" + outletUrl("/") + "</link><description>News of the island</description><language>en</language>"
                + items + "</channel></rss>";
    }

    private static String story(String key) {
        for (String[] s : STORIES) {
            if (s[0].equals(key)) {
                String p = "<p>" + s[2] + " Residents had waited for the news since the autumn, and the council thanked everyone "
                        + "who helped. More details will follow in the coming days as the plans are published.</p>";
                return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + s[1] + " - Island Gazette</title></head>"
                        + "<body><article><h1>" + s[1] + "</h1><p class=\"byline\">By Ann Lee</p>" + p + p.replace("Residents", "Islanders")
                        + "</article></body></html>";
            }
        }
        return null;
    }
}
