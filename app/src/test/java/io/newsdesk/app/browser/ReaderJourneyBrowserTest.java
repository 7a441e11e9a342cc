package io.newsdesk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.TestSite;
import io.newsdesk.app.admin.AdminAuth;
import io.newsdesk.app.demo.DemoOutlets;
import io.newsdesk.app.demo.outlets.DemoOutletServer;
import io.newsdesk.app.fetch.FetchLimits;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.ingest.pipeline.Pipeline;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.translate.TranslationSetup;
import io.newsdesk.app.accounts.Role;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's journey through the real site in a real headless Chromium: home, a section, an
 * imported article with its attribution, the comment form (an error, then a comment waiting for
 * moderation), the admin approving it, and the comment shown on the article.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages
 * {@code chromium} and {@code chromium-driver}); without them the test fails. Screenshots of each
 * step go to {@code app/target/screenshots/}.
 */
@Timeout(120)
class ReaderJourneyBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String PASSWORD = "correct horse battery";
    private static final String SECTION_SLUG = "economy";
    /** The site shortens the breadcrumb's last item to this many characters, ending it with "…". */
    private static final int BREADCRUMB_TITLE_CHARS = 40;
    /** English names of the original languages the demo content uses. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("ru", "Russian", "uk", "Ukrainian", "de", "German", "pl", "Polish");

    @TempDir
    static Path tempDir;

    private static TestSite site;
    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static Path screenshots;

    @BeforeAll
    static void startSiteAndBrowser() throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: apt-get install -y chromium chromium-driver");
        }
        site = TestSite.withDemo(tempDir.resolve("site"));
        site.createUser("admin", Role.ADMIN, PASSWORD);

        screenshots = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("screenshots");
        Files.createDirectories(screenshots);

        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,2000", "--user-data-dir=" + Files.createDirectories(tempDir.resolve("chromium-profile")));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowserAndSite() {
        try {
            if (driver != null) driver.quit();
        } finally {
            try {
                if (service != null) service.stop();
            } finally {
                if (site != null) site.close();
            }
        }
    }

    @Test
    void readerCommentsOnAnImportedArticleAndTheModeratorApprovesIt() throws IOException {
        JsonNode demo = demoContent();
        JsonNode section = find(demo.get("sections"), "slug", SECTION_SLUG);
        String sectionName = section.get("name").asText();
        JsonNode article = importedTranslatedArticleIn(demo, SECTION_SLUG);
        String title = article.get("title").asText();
        String comment = "The new ferry links clearly help the port. Reader journey check " + UUID.randomUUID().toString().substring(0, 8);
        String commenter = "Tamsin Wrey";

        // 1. Home, then a section from the nav, then the imported article from the section's list.
        openHome();
        openSectionFromNav(sectionName, SECTION_SLUG);
        String articleUrl = openArticleFromList(title);

        // 2. The article page: breadcrumb, photo credit, attribution and the related blocks.
        int commentsBefore = checkArticlePage(demo, article, sectionName, SECTION_SLUG);
        screenshot("03-article");

        // 3. A comment without a name: the message beside the name field, the typed text kept.
        submitCommentWithoutName(comment);
        screenshot("04-comment-error");

        // 4. With a name: the comment waits for moderation and is not shown yet.
        submitCommentWithName(commenter, comment, articleUrl);
        screenshot("05-awaiting");

        // 5. The moderator approves it; opening the article again shows it (pages are sent with
        // "Cache-Control: no-cache", so the browser revalidates instead of showing its own old copy).
        approveAsModerator(comment, commenter, title, articleUrl);
        driver.get(articleUrl);
        waitFor(By.cssSelector("h1.headline"));
        assertThat(waitFor(By.cssSelector("h1.headline")).getText()).isEqualTo(title);
        assertThat(driver.getCurrentUrl()).isEqualTo(articleUrl);
        List<WebElement> shown = commentsContaining(comment);
        assertThat(shown).as("the approved comment is shown on " + articleUrl).hasSize(1);
        WebElement shownComment = shown.get(0).findElement(By.xpath("./ancestor::article[contains(@class,'comment')][1]"));
        assertThat(shownComment.findElement(By.cssSelector(".comment-meta strong")).getText()).isEqualTo(commenter);
        assertThat(driver.findElement(By.id("comments-heading")).getDomProperty("textContent").strip()).isEqualTo(commentsLabel(commentsBefore + 1));
        assertThat(driver.findElements(By.cssSelector("#comments .notice"))).as("no 'awaiting moderation' notice on the plain page").isEmpty();
        scrollTo(shownComment);
        screenshot("07-approved");
    }

    /**
     * Every public page type at phone widths: nothing scrolls sideways, with its images or without them (a lead
     * image that fails to load once made pages 1,216 px wide), and no image on the page is broken.
     */
    @Test
    void everyPublicPageFitsAPhoneWithOrWithoutItsImagesAndShowsNoBrokenImage() throws IOException {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("section", "/section/" + SECTION_SLUG);
        pages.put("article-native", "/article/" + slugWhere("outlet_id IS NULL AND image_url IS NOT NULL"));
        pages.put("article-translated", "/article/" + slugWhere("outlet_id IS NOT NULL AND translated = TRUE"));
        pages.put("author", "/author/" + site.stores.jdbi().withHandle(h -> h.createQuery("SELECT slug FROM authors ORDER BY slug")
                .mapTo(String.class).first()));
        pages.put("outlet", "/outlet/" + site.stores.jdbi().withHandle(h -> h.createQuery("SELECT slug FROM outlets ORDER BY slug")
                .mapTo(String.class).first()));
        String story = site.stores.jdbi().withHandle(h -> h.createQuery(
                "SELECT story_id FROM articles WHERE story_id IS NOT NULL ORDER BY story_id").mapTo(String.class).findFirst().orElse(null));
        if (story != null) pages.put("story", "/story/" + story);
        pages.put("search", "/search?q=port");
        pages.put("not-found", "/no/such/page");
        Dimension before = driver.manage().window().getSize();
        try {
            for (int width : new int[] {320, 390, 430}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                for (var page : pages.entrySet()) {
                    driver.get(site.url(page.getValue()));
                    waitFor(By.tagName("h1"));
                    js().executeScript("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');");
                    wait(10).until(d -> (Boolean) js().executeScript("return Array.from(document.images).every(i => i.complete);"));
                    String where = page.getKey() + " (" + page.getValue() + ") at " + width + " px";
                    assertThat(overflow()).as("sideways scrolling on " + where).isLessThanOrEqualTo(0);
                    @SuppressWarnings("unchecked")
                    List<String> broken = (List<String>) js().executeScript(
                            "return Array.from(document.images).filter(i => i.naturalWidth === 0).map(i => i.currentSrc || i.src);");
                    assertThat(broken).as("broken images on " + where).isEmpty();
                    if (width == 390) screenshot("phone-390-" + page.getKey());
                }
            }
            // the same pages with every image refused, as on a slow or failing connection
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*.svg", "*.png", "*.jpg", "*.jpeg", "*.webp", "*/media/*")));
            driver.manage().window().setSize(new Dimension(390, 900));
            for (var page : pages.entrySet()) {
                driver.get(site.url(page.getValue()));
                waitFor(By.tagName("h1"));
                assertThat(overflow()).as("sideways scrolling without images on " + page.getKey()).isLessThanOrEqualTo(0);
            }
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            driver.manage().window().setSize(before);
        }
    }

    /**
     * After the demo's importer has brought in the outlets' stories, their photographs are the site's own: the
     * home page and imported article pages show every image (none broken), each imported lead image loaded
     * from the site's {@code /media/img/} in one of its widths.
     */
    @Test
    void importedArticlesShowTheirStoredPicturesAndNoImageIsBroken() throws Exception {
        try (TestSite imported = TestSite.withDemo(tempDir.resolve("imported"))) {
            DemoOutlets.enable(imported.stores, Clock.systemUTC());
            FetcherConfig fetching = FetcherConfig.defaults("https://example.org/contact")
                    .withLimits(FetchLimits.DEFAULTS.withTotalTimeout(Duration.ofSeconds(5))).withMinHostDelay(Duration.ZERO);
            try (DemoOutletServer outlets = DemoOutlets.start(imported.stores, Clock.systemUTC());
                 Fetcher fetcher = new Fetcher(outlets.trustedBy(fetching));
                 Pipeline pipeline = new Pipeline(imported.db.jdbi(), fetcher, Clock.systemUTC(),
                         Pipeline.Settings.defaults("en", imported.dataDir.resolve("media")),
                         TranslationSetup.memoryOnly((pair, output) -> output, (pair, source, output) -> List.of()), line -> { })) {
                pipeline.queueNow(new SourceStore(imported.db.jdbi()).all());
                pipeline.runUntilIdle();
            }
            List<String> slugs = imported.stores.jdbi().withHandle(h -> h.createQuery("""
                    SELECT a.slug FROM articles a JOIN imported_items i ON i.article_id = a.id
                    WHERE a.status = 'published' ORDER BY a.published_at DESC""").mapTo(String.class).list());
            assertThat(slugs).as("published imported articles").isNotEmpty();
            List<String> paths = new java.util.ArrayList<>(List.of("/"));
            slugs.stream().limit(4).forEach(slug -> paths.add("/article/" + slug));
            for (String path : paths) {
                driver.get(imported.url(path));
                waitFor(By.tagName("h1"));
                js().executeScript("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');");
                wait(10).until(d -> (Boolean) js().executeScript("return Array.from(document.images).every(i => i.complete);"));
                @SuppressWarnings("unchecked")
                List<String> broken = (List<String>) js().executeScript(
                        "return Array.from(document.images).filter(i => i.naturalWidth === 0).map(i => i.currentSrc || i.src);");
                assertThat(broken).as("broken images on " + path).isEmpty();
                if (path.startsWith("/article/")) {
                    String lead = (String) js().executeScript(
                            "const i = document.querySelector('figure.lead-image img'); return i && i.naturalWidth > 0 ? i.currentSrc : null;");
                    assertThat(lead).as("the lead picture of " + path).startsWith(imported.url("/media/img/"));
                }
            }
            screenshot("imported-article-with-stored-picture");
        }
    }

    /** How many CSS pixels the page is wider than the viewport (0 or less: it fits). */
    private static long overflow() {
        return ((Number) js().executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;")).longValue();
    }

    private static String slugWhere(String condition) {
        return site.stores.jdbi().withHandle(h -> h.createQuery(
                "SELECT slug FROM articles WHERE status = 'published' AND " + condition + " ORDER BY published_at DESC")
                .mapTo(String.class).first());
    }

    private void openHome() throws IOException {
        driver.get(site.url("/"));
        waitFor(By.cssSelector("nav[aria-label='Sections']"));
        assertSectionWithHeadingAndArticleLinks("Most Popular");
        assertSectionWithHeadingAndArticleLinks("Read Now");
        screenshot("01-home");
    }

    private void openSectionFromNav(String sectionName, String slug) throws IOException {
        // the bar shows section names in capitals (CSS); the link's text is the name
        WebElement navLink = driver.findElement(By.cssSelector("nav[aria-label='Sections'] a[href='/section/" + slug + "']"));
        assertThat(navLink.getDomProperty("textContent").strip()).isEqualTo(sectionName);
        navLink.click();
        wait(10).until(ExpectedConditions.urlToBe(site.url("/section/" + slug)));
        WebElement h1 = waitFor(By.tagName("h1"));
        assertThat(h1.getText()).isEqualTo(sectionName);
        assertThat(driver.findElements(By.tagName("h1"))).as("one h1 on the section page").hasSize(1);
        WebElement current = driver.findElement(By.cssSelector("nav[aria-label='Sections'] a[href='/section/" + slug + "']"));
        assertThat(current.getDomAttribute("aria-current")).as("the nav marks the current section").isEqualTo("page");
        screenshot("02-section");
    }

    private String openArticleFromList(String title) {
        List<WebElement> links = driver.findElements(By.cssSelector("main .card-title a"));
        WebElement link = links.stream().filter(a -> a.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card titled \"" + title + "\" on " + driver.getCurrentUrl()
                        + "; cards: " + links.stream().map(WebElement::getText).toList()));
        String href = link.getDomAttribute("href");
        assertThat(href).startsWith("/article/");
        link.click();
        wait(10).until(ExpectedConditions.urlToBe(site.url(href)));
        WebElement h1 = waitFor(By.cssSelector("h1.headline"));
        assertThat(h1.getText()).isEqualTo(title);
        return site.url(href);
    }

    /** Checks the article page and returns the number of comments it shows. */
    private int checkArticlePage(JsonNode demo, JsonNode article, String sectionName, String sectionSlug) {
        String title = article.get("title").asText();

        // Breadcrumb: Home › Section › title (shortened).
        WebElement breadcrumb = driver.findElement(By.cssSelector("nav[aria-label='Breadcrumb']"));
        List<WebElement> items = breadcrumb.findElements(By.tagName("li"));
        assertThat(items).as("breadcrumb items").hasSize(3);
        assertThat(items.get(0).getText()).isEqualTo("Home");
        assertThat(items.get(0).findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/");
        assertThat(items.get(1).getText()).isEqualTo(sectionName);
        assertThat(items.get(1).findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/section/" + sectionSlug);
        assertThat(items.get(2).findElements(By.tagName("a"))).as("the current page is not a link").isEmpty();
        assertThat(items.get(2).getDomAttribute("aria-current")).isEqualTo("page");
        String last = items.get(2).getText();
        if (title.length() > BREADCRUMB_TITLE_CHARS) {
            assertThat(last).as("a long title is shortened with an ellipsis").endsWith("…");
            String kept = last.substring(0, last.length() - 1);
            assertThat(kept).isNotBlank().hasSizeLessThanOrEqualTo(BREADCRUMB_TITLE_CHARS);
            assertThat(title).startsWith(kept);
            assertThat(title.charAt(kept.length())).as("shortened at a word boundary").isEqualTo(' ');
        } else {
            assertThat(last).isEqualTo(title);
        }
        String read = (String) js().executeScript("""
                return Array.from(arguments[0].querySelectorAll('li')).map(li => {
                  const before = getComputedStyle(li, '::before').content;
                  const sep = before && before !== 'none' && before !== 'normal' ? before.replace(/^"|"$/g, '') : '';
                  return (sep ? ' ' + sep + ' ' : '') + li.textContent.trim();
                }).join('');""", breadcrumb);
        assertThat(read).as("the breadcrumb as displayed").isEqualTo("Home › " + sectionName + " › " + last);

        // Lead image credit.
        WebElement credit = driver.findElement(By.cssSelector("figure.lead-image figcaption .credit"));
        assertThat(credit.getText()).startsWith("Photo: ").isEqualTo("Photo: " + article.get("imageCredit").asText());

        // Attribution of the imported article.
        JsonNode imported = article.get("imported");
        JsonNode outlet = find(demo.get("outlets"), "slug", imported.get("outlet").asText());
        String originalUrl = imported.get("originalUrl").asText();
        WebElement attribution = driver.findElement(By.cssSelector("aside.attribution"));
        List<WebElement> toOriginal = attribution.findElements(By.cssSelector("a")).stream()
                .filter(a -> originalUrl.equals(a.getDomAttribute("href"))).toList();
        assertThat(toOriginal).as("a link to the original " + originalUrl).hasSize(1);
        assertThat(toOriginal.get(0).getText()).as("the link names the outlet").isEqualTo(outlet.get("name").asText());
        String attributionText = attribution.getText();
        assertThat(attributionText).contains("Original title:");
        assertThat(attribution.findElement(By.tagName("cite")).getText()).isEqualTo(imported.get("originalTitle").asText());
        String language = LANGUAGE_NAMES.get(imported.get("originalLanguage").asText());
        assertThat(language).as("a known original language").isNotNull();
        assertThat(driver.findElement(By.cssSelector("article header .translation-notice")).getText())
                .as("the translation is announced under the headline").startsWith("Translated from " + language);

        // The blocks that lead readers on.
        WebElement more = assertSectionWithHeadingAndArticleLinks("More from Author");
        String firstAuthor = find(demo.get("authors"), "slug", article.get("authors").get(0).asText()).get("name").asText();
        assertThat(more.findElement(By.cssSelector(".author-name a")).getText()).isEqualTo(firstAuthor);
        assertSectionWithHeadingAndArticleLinks("Read Now");
        assertSectionWithHeadingAndArticleLinks("Most Popular");

        String heading = driver.findElement(By.id("comments-heading")).getDomProperty("textContent").strip();
        assertThat(heading).matches("\\d+ comments?");
        int count = Integer.parseInt(heading.substring(0, heading.indexOf(' ')));
        assertThat(driver.findElements(By.cssSelector("#comments article.comment"))).hasSize(count);
        return count;
    }

    private void submitCommentWithoutName(String comment) {
        WebElement form = driver.findElement(By.cssSelector("form#respond"));
        form.findElement(By.id("comment")).sendKeys(comment);
        assertThat(form.findElement(By.id("name")).getDomProperty("value")).isEmpty();
        HeadlessChromium.clickThrough(driver, form.findElement(By.cssSelector("button[type='submit']")));

        WebElement error = waitFor(By.id("name-error"));
        assertThat(error.getText()).isEqualTo("Please enter your name here");
        assertThat(error.isDisplayed()).isTrue();
        WebElement name = driver.findElement(By.cssSelector("form#respond #name"));
        assertThat(error.findElement(By.xpath("..")))
                .as("the message is beside the name field").isEqualTo(name.findElement(By.xpath("..")));
        assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getDomAttribute("aria-describedby")).isEqualTo("name-error");
        assertThat(driver.findElement(By.cssSelector("form#respond #comment")).getDomProperty("value"))
                .as("the typed comment is kept").isEqualTo(comment);
        assertThat(driver.findElements(By.id("comment-error"))).as("the comment itself is fine").isEmpty();
        assertThat(commentsContaining(comment)).isEmpty();
        scrollTo(driver.findElement(By.cssSelector("form#respond")));
    }

    private void submitCommentWithName(String commenter, String comment, String articleUrl) {
        WebElement form = driver.findElement(By.cssSelector("form#respond"));
        form.findElement(By.id("name")).sendKeys(commenter);
        HeadlessChromium.clickThrough(driver, form.findElement(By.cssSelector("button[type='submit']")));

        WebElement notice = waitFor(By.cssSelector("#comments .notice"));
        assertThat(notice.getText()).contains("Your comment is awaiting moderation");
        assertThat(driver.getCurrentUrl()).startsWith(articleUrl);
        assertThat(driver.findElements(By.cssSelector(".field-error, .form-error"))).as("no form errors").isEmpty();
        assertThat(commentsContaining(comment)).as("a pending comment is not shown").isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(comment.substring(comment.lastIndexOf(' ') + 1));
        assertThat(driver.findElement(By.cssSelector("form#respond #comment")).getDomProperty("value"))
                .as("a fresh form after sending").isEmpty();
        scrollTo(notice);
    }

    private void approveAsModerator(String comment, String commenter, String title, String articleUrl) throws IOException {
        // asking for the moderation page leads to the login page, and logging in leads back to it
        driver.get(site.url("/admin/comments"));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Admin log in");
        driver.findElement(By.id("name")).sendKeys("admin");
        WebElement password = driver.findElement(By.id("password"));
        password.sendKeys(PASSWORD);
        WebElement loginForm = password.findElement(By.xpath("./ancestor::form"));
        loginForm.findElement(By.cssSelector("button[type='submit']")).click();
        wait(10).until(ExpectedConditions.urlToBe(site.url("/admin/comments")));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Comments awaiting moderation");

        WebElement pending = pendingComment(comment);
        assertThat(pending.findElement(By.cssSelector(".comment-meta strong")).getText()).isEqualTo(commenter);
        WebElement onArticle = pending.findElement(By.cssSelector(".comment-meta a"));
        assertThat(onArticle.getText()).isEqualTo(title);
        assertThat(site.url(onArticle.getDomAttribute("href"))).isEqualTo(articleUrl);
        scrollTo(pending);
        screenshot("06-moderation");

        WebElement approve = pending.findElement(By.xpath(".//button[normalize-space()='Approve']"));
        HeadlessChromium.clickThrough(driver, approve);
        WebElement notice = waitFor(By.cssSelector("main .notice"));
        assertThat(notice.getText()).contains("approved");
        assertThat(driver.findElements(By.cssSelector("article.moderation")).stream()
                .filter(p -> p.getText().contains(comment)).toList()).as("no longer waiting").isEmpty();
    }

    private WebElement pendingComment(String comment) {
        List<WebElement> all = driver.findElements(By.cssSelector("article.moderation"));
        List<WebElement> matching = all.stream()
                .filter(p -> p.findElement(By.cssSelector(".comment-body")).getText().equals(comment)).toList();
        assertThat(matching).as("the pending comment among " + all.size() + " waiting").hasSize(1);
        return matching.get(0);
    }

    /** The comment bodies in the comments section whose text is {@code text}. */
    private static List<WebElement> commentsContaining(String text) {
        return driver.findElements(By.cssSelector("#comments article.comment .comment-body")).stream()
                .filter(b -> b.getText().contains(text)).toList();
    }

    /** The one section headed {@code heading}, which links to at least one article. */
    private static WebElement assertSectionWithHeadingAndArticleLinks(String heading) {
        List<WebElement> sections = driver.findElements(By.xpath("//section[h2[normalize-space()='" + heading + "']]"));
        assertThat(sections).as("one section headed \"" + heading + "\" on " + driver.getCurrentUrl()).hasSize(1);
        WebElement section = sections.get(0);
        assertThat(section.findElement(By.tagName("h2")).isDisplayed()).as(heading + " is visible").isTrue();
        List<WebElement> links = section.findElements(By.cssSelector("a[href^='/article/']"));
        assertThat(links).as("article links under \"" + heading + "\"").isNotEmpty();
        assertThat(links.stream().filter(a -> !a.getText().isBlank()).toList()).as("links with titles under " + heading).isNotEmpty();
        return section;
    }

    private static JsonNode demoContent() throws IOException {
        try (InputStream in = ReaderJourneyBrowserTest.class.getResourceAsStream("/demo/site.json")) {
            assertThat(in).as("the demo content on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** The newest article of the section that was imported and translated (its original is not in English). */
    private static JsonNode importedTranslatedArticleIn(JsonNode demo, String sectionSlug) {
        JsonNode best = null;
        for (JsonNode a : demo.get("articles")) {
            if (!a.get("section").asText().equals(sectionSlug) || !a.has("imported")) continue;
            if (a.get("imported").get("originalLanguage").asText().equals("en") || !a.hasNonNull("imageCredit")) continue;
            if (best == null || a.get("hoursAgo").asDouble() < best.get("hoursAgo").asDouble()) best = a;
        }
        assertThat(best).as("an imported, translated article in " + sectionSlug + " in the demo content").isNotNull();
        return best;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) if (n.get(field).asText().equals(value)) return n;
        throw new AssertionError("no " + field + "=" + value + " in the demo content");
    }

    private static String commentsLabel(int n) {
        return n == 1 ? "1 comment" : n + " comments";
    }

    private static WebElement waitFor(By by) {
        return wait(10).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(10));
    }

    private static JavascriptExecutor js() {
        return driver;
    }

    private static void scrollTo(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Saves the whole page (up to 8000 px high) as {@code target/screenshots/NAME.png}. */
    private static void screenshot(String name) throws IOException {
        Dimension window = driver.manage().window().getSize();
        long scrollY = ((Number) js().executeScript("return window.scrollY;")).longValue();
        long pageHeight = ((Number) js().executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);")).longValue();
        long frame = ((Number) js().executeScript("return window.outerHeight - window.innerHeight;")).longValue();
        int height = (int) Math.min(8000, Math.max(window.getHeight(), pageHeight + frame));
        try {
            if (height != window.getHeight()) driver.manage().window().setSize(new Dimension(window.getWidth(), height));
            js().executeScript("window.scrollTo(0, 0);");
            wait(10).until(d -> (Boolean) js().executeScript(
                    "return Array.from(document.images).every(i => i.complete);"));
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            if (height != window.getHeight()) driver.manage().window().setSize(window);
            js().executeScript("window.scrollTo(0, arguments[0]);", scrollY);
        }
    }
}
