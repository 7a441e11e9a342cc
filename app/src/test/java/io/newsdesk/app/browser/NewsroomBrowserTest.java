package io.newsdesk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.translate.ArticleTranslations;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.Segments;
import io.newsdesk.app.translate.TranslationMemory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 14's home page, comment moderation and translation review in headless Chromium with JavaScript switched off:
 * an editor pins the lead story, ticks two comments and marks them spam, and publishes a German original untranslated,
 * by clicking the pages' own buttons and checkboxes. Screenshots go to {@code app/target/screenshots/}.
 */
@Timeout(120)
class NewsroomBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String PASSWORD = "river otter lantern 42";

    @TempDir
    static Path tempDir;

    private static TestSite site;
    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static Path screenshots;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER);
        }
        site = TestSite.withDemo(tempDir.resolve("site"));
        site.createUser("ed", Role.EDITOR, PASSWORD);
        screenshots = Files.createDirectories(Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("screenshots"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1800", "--user-data-dir=" + Files.createDirectories(tempDir.resolve("chromium-profile")));
        // the pages' scripts are off: every action must work with plain forms
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        // a click submits a form and the next page loads after it: finding an element waits for that page (none of these
        // tests looks for an element that must be absent, so the wait never delays a passing check)
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        driver.get(site.url("/admin/login"));
        driver.findElement(By.id("name")).sendKeys("ed");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("password")).submit();
    }

    @AfterAll
    static void stop() {
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

    private static void screenshot(String name) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("newsroom-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static String notice() {
        return driver.findElement(By.cssSelector("main .notice")).getText();
    }

    @Test
    void anEditorPinsTheLeadStoryByClickingItsButton() throws IOException {
        List<ArticleCard> all = site.stores.articles().latest(200, 0);
        ArticleCard listed = all.get(25), oldest = all.get(all.size() - 1);
        driver.get(site.url("/admin/home"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Home page");
        screenshot("home-before");
        driver.findElement(By.id("home-article-" + listed.id())).findElement(By.xpath(".//button[normalize-space()='Pin as lead']")).click();
        assertThat(notice()).contains("lead story is pinned");
        assertThat(driver.findElement(By.id("current-lead")).getText()).contains(listed.title()).contains("pinned by an editor");
        driver.get(site.url("/"));
        assertThat(driver.findElement(By.cssSelector(".top-story .top-title")).getText()).isEqualTo(listed.title());
        // an older article, by its address as an editor copies it from the site
        driver.get(site.url("/admin/home"));
        driver.findElement(By.id("article")).sendKeys(site.url("/article/" + oldest.slug()));
        driver.findElement(By.xpath("//form[contains(@class,'lead-form')]//button")).click();
        assertThat(driver.findElement(By.id("current-lead")).getText()).contains(oldest.title());
        screenshot("home-pinned");
        driver.get(site.url("/"));
        assertThat(driver.findElement(By.cssSelector(".top-story .top-title")).getText()).isEqualTo(oldest.title());
    }

    @Test
    void aModeratorTicksTwoCommentsAndMarksThemSpam() throws IOException {
        String articleId = site.stores.articles().latest(1, 0).get(0).id();
        Comment spam1 = site.stores.comments().add(articleId, null, "Spammer", null, "Cheap watches", Comment.Status.PENDING, Instant.now(), "h1");
        Comment spam2 = site.stores.comments().add(articleId, null, "Spammer", null, "Cheap pills", Comment.Status.PENDING, Instant.now(), "h1");
        Comment fine = site.stores.comments().add(articleId, null, "Reader", null, "A good point", Comment.Status.PENDING, Instant.now(), "h2");
        driver.get(site.url("/admin/comments"));
        driver.findElement(By.cssSelector("#pending-" + spam1.id() + " input[type=checkbox]")).click();
        driver.findElement(By.cssSelector("#pending-" + spam2.id() + " input[type=checkbox]")).click();
        screenshot("comments-ticked");
        driver.findElement(By.xpath("//button[normalize-space()='Mark ticked as spam']")).click();
        assertThat(notice()).isEqualTo("2 comments are marked as spam.");
        assertThat(driver.findElements(By.cssSelector("article.moderation"))).hasSize(1);
        assertThat(site.stores.comments().byId(fine.id()).orElseThrow().status()).isEqualTo(Comment.Status.PENDING);
        driver.findElement(By.linkText("Spam (2)")).click();
        assertThat(driver.findElements(By.cssSelector("article.moderation"))).hasSize(2);
        screenshot("comments-spam");
    }

    @Test
    void anEditorPublishesAGermanOriginalUntranslated() throws IOException {
        String section = site.stores.sections().all().get(0).id();
        String outlet = site.stores.outlets().bySlug("nk").orElseGet(() -> site.stores.outlets().create("nk", "Nordküsten-Rundschau",
                "https://nk.example", "de", null)).id();
        ArticleDraft draft = new ArticleDraft("Hafenbrücke wieder offen", null, "<p>Die Brücke ist wieder offen.</p>", "https://nk.example/a",
                null, null, null, section, List.of(), "de", ArticleStatus.HELD, Instant.now(), null,
                new ArticleDraft.Imported(outlet, "https://nk.example/a/1", "Hafenbrücke wieder offen", "de", false));
        ArticleTranslations translations = new ArticleTranslations(site.db.jdbi(), new TranslationMemory(site.db.jdbi(), Clock.systemUTC()),
                Clock.systemUTC());
        Article a = site.db.jdbi().inTransaction(h -> {
            Article saved = new ArticleWriter(site.db.jdbi(), site.stores.articles()).save(h, draft);
            translations.start(h, saved.id(), new LanguagePair("de", "en"), Segments.of(saved.title(), null, null, saved.bodyHtml()));
            return saved;
        });
        driver.get(site.url("/admin"));
        driver.findElement(By.partialLinkText("Translations waiting for review")).click();
        driver.findElement(By.linkText("Hafenbrücke wieder offen")).click();
        assertThat(driver.findElement(By.cssSelector(".no-engine")).getText()).contains("No translation engine is set up for German");
        screenshot("review-no-engine");
        WebElement publish = driver.findElement(By.xpath("//button[normalize-space()='Publish the original in German']"));
        publish.click();
        assertThat(notice()).contains("original is published untranslated");
        driver.get(site.url("/article/" + site.stores.articles().byId(a.id()).orElseThrow().slug()));
        assertThat(driver.findElement(By.cssSelector("article .translation-notice.untranslated")).getText())
                .isEqualTo("Not translated: published in German.");
        screenshot("article-untranslated");
    }
}
