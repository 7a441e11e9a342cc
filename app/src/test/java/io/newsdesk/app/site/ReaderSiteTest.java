package io.newsdesk.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.TestSite;
import io.newsdesk.app.news.Article;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader pages over HTTP: what they show, their metadata, and how they are served. */
class ReaderSiteTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static Article imported;

    @BeforeAll
    static void start() {
        site = TestSite.withDemo(dir);
        imported = site.stores.jdbi().withHandle(h -> h.createQuery(
                "SELECT slug FROM articles WHERE outlet_id IS NOT NULL AND translated = TRUE ORDER BY published_at DESC")
                .mapTo(String.class).first()).transform(slug -> site.stores.articles().bySlug(slug).orElseThrow());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Document page(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void homeShowsTopStorySectionBlocksReadNowAndMostPopular() throws Exception {
        Document home = page("/");
        assertThat(home.selectFirst(".top-story h2 a").attr("href")).startsWith("/article/");
        assertThat(home.select(".section-block h2").eachText()).containsExactly("World", "Politics", "Economy", "Technology", "Culture", "Sport");
        assertThat(home.selectFirst("#latest-heading").text()).isEqualTo("Read Now");
        assertThat(home.select("section.popular li a")).hasSize(5);
        assertThat(home.select("header .ad-header .ad-label").text()).isEqualTo("- A word from our sponsors -");
        assertThat(home.select("aside.sidebar .ad-sidebar")).hasSize(1);
    }

    @Test
    void articlePageHasEveryBlockOfTheReferencePage() throws Exception {
        Document doc = page("/article/" + imported.slug());
        List<String> crumbs = doc.select("nav[aria-label=Breadcrumb] li").eachText();
        assertThat(crumbs).hasSize(3);
        assertThat(crumbs.get(0)).isEqualTo("Home");
        assertThat(doc.selectFirst("nav[aria-label=Breadcrumb] li:nth-child(2) a").attr("href")).startsWith("/section/");
        assertThat(crumbs.get(2).length()).isLessThanOrEqualTo(ReaderPages.BREADCRUMB_TITLE_CHARS);
        assertThat(doc.selectFirst("h1.headline").text()).isEqualTo(imported.title());
        assertThat(doc.selectFirst(".standfirst").text()).isEqualTo(imported.standfirst());
        assertThat(doc.selectFirst("figure.lead-image .credit").text()).startsWith("Photo: ");
        assertThat(doc.selectFirst(".byline a[rel=author]").attr("href")).startsWith("/author/");
        assertThat(doc.selectFirst(".byline time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        Element attribution = doc.selectFirst("aside.attribution");
        assertThat(attribution.selectFirst("a").attr("href")).isEqualTo(imported.originalUrl());
        assertThat(attribution.text()).contains("Original title: " + imported.originalTitle());
        assertThat(doc.selectFirst("article header .translation-notice").text()).containsPattern("^Translated from [A-Z][a-z]+[ .]")
                .contains("Read the original at ");
        assertThat(attribution.selectFirst("cite").attr("lang")).isEqualTo(imported.originalLanguage());

        assertThat(doc.selectFirst("aside.telegram a").attr("href")).isEqualTo("https://t.me/testherald");
        assertThat(doc.selectFirst("#more-author-heading").text()).isEqualTo("More from Author");
        assertThat(doc.select(".more-from-author .card")).isNotEmpty();
        assertThat(doc.select("aside.sidebar #read-now-heading").text()).isEqualTo("Read Now");
        assertThat(doc.select("aside.sidebar section.popular li")).hasSize(5);
        assertThat(doc.select(".related .card")).isNotEmpty();
        assertThat(doc.select("form#respond textarea[name=comment]")).hasSize(1);
        assertThat(doc.selectFirst("img.beacon").attr("src")).isEqualTo("/v/" + imported.id() + ".gif");

        // the in-article ad sits between body parts, never inside them
        Element inArticle = doc.selectFirst("article.article > aside.ad-in-article");
        assertThat(inArticle).isNotNull();
        assertThat(inArticle.previousElementSibling().hasClass("body")).isTrue();
        assertThat(doc.select(".body .ad, .body .house-ad")).isEmpty();
        assertThat(doc.select("aside.ad-below-article")).hasSize(1);
    }

    @Test
    void articleHeadCarriesSeoAndSharingMetadata() throws Exception {
        Document doc = page("/article/" + imported.slug());
        String canonical = "http://news.test/article/" + imported.slug();
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(doc.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(doc.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content")).startsWith("http://news.test/media/demo/");
        assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(doc.selectFirst("meta[name=description]").attr("content")).isEqualTo(imported.excerpt());
        var ld = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get(0).get("translationOfWork").get("url").asText()).isEqualTo(imported.originalUrl());
        assertThat(ld.get(0).get("author").get(0).get("name").asText()).isNotBlank();
        assertThat(ld.get(1).get("itemListElement")).hasSize(3);
    }

    @Test
    void sectionAuthorAndOutletPagesPaginate() throws Exception {
        Document section = page("/section/world");
        assertThat(section.selectFirst("h1").text()).isEqualTo("World");
        assertThat(section.select("main .card").size()).isBetween(1, ReaderPages.PAGE_SIZE);
        Document author = page(section.selectFirst(".card h3 a").attr("href"))
                .selectFirst(".byline a[rel=author]").attr("href").transform(path -> {
                    try {
                        return page(path);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                });
        assertThat(author.selectFirst(".kicker").text()).isEqualTo("Author");
        Document outlet = page("/outlet/" + site.stores.outlets().byId(imported.outletId()).orElseThrow().slug());
        assertThat(outlet.select("main .card h3").eachText()).contains(imported.title());

        assertThat(site.get("/section/no-such-section").statusCode()).isEqualTo(404);
    }

    @Test
    void sectionPagesPaginate(@TempDir Path other) throws Exception {
        try (TestSite bare = TestSite.empty(other, "")) {
            var section = bare.stores.sections().create("world", "World", null, 0);
            var writer = new io.newsdesk.app.content.ArticleWriter(bare.stores.jdbi(), bare.stores.articles());
            java.time.Instant t = java.time.Instant.parse("2026-11-01T00:00:00Z");
            for (int i = 1; i <= ReaderPages.PAGE_SIZE + 1; i++) {
                writer.save(new io.newsdesk.app.news.ArticleDraft("Story number " + i, null, "<p>Text " + i + ".</p>", null, null,
                        null, null, section.id(), List.of(), "en", io.newsdesk.app.news.ArticleStatus.PUBLISHED,
                        t.plusSeconds(i * 60L), null, null));
            }
            Document first = Jsoup.parse(bare.get("/section/world").body());
            assertThat(first.select("main .card")).hasSize(ReaderPages.PAGE_SIZE);
            assertThat(first.selectFirst("main .card h3").text()).isEqualTo("Story number " + (ReaderPages.PAGE_SIZE + 1));
            assertThat(first.select("a[rel=prev]")).isEmpty();
            Document second = Jsoup.parse(bare.get(first.selectFirst("a[rel=next]").attr("href")).body());
            assertThat(second.select("main .card h3").eachText()).containsExactly("Story number 1");
            assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/section/world");
            assertThat(second.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://news.test/section/world?page=2");
            assertThat(second.select("a[rel=next]")).isEmpty();
            // past the last page there is nothing: 404, not "Page 999 of 2"
            assertThat(bare.get("/section/world?page=3").statusCode()).isEqualTo(404);
            assertThat(bare.get("/section/world?page=999").statusCode()).isEqualTo(404);
            // an empty site's feeds are dated when the site began, not 1970
            String emptyFeed = bare.get("/section/world/rss.xml").body();
            assertThat(emptyFeed).doesNotContain("1970");
        }
    }

    @Test
    void aWithdrawnArticleIsGoneAndAMissingPageKeepsTheNavigation(@TempDir Path other) throws Exception {
        try (TestSite bare = TestSite.empty(other, "")) {
            var section = bare.stores.sections().create("world", "World", null, 0);
            var writer = new io.newsdesk.app.content.ArticleWriter(bare.stores.jdbi(), bare.stores.articles());
            var withdrawn = writer.save(new io.newsdesk.app.news.ArticleDraft("Withdrawn story", null, "<p>Text.</p>", null, null,
                    null, null, section.id(), List.of(), "en", io.newsdesk.app.news.ArticleStatus.PUBLISHED, java.time.Instant.now(), null, null));
            var held = writer.save(new io.newsdesk.app.news.ArticleDraft("Held story", null, "<p>Text.</p>", null, null,
                    null, null, section.id(), List.of(), "en", io.newsdesk.app.news.ArticleStatus.HELD, java.time.Instant.now(), null, null));
            assertThat(bare.get("/article/" + withdrawn.slug()).statusCode()).isEqualTo(200);
            writer.setStatus(withdrawn.id(), io.newsdesk.app.news.ArticleStatus.UNPUBLISHED, "withdrawn by an editor");

            HttpResponse<String> gone = bare.get("/article/" + withdrawn.slug());
            assertThat(gone.statusCode()).isEqualTo(410);
            assertThat(Jsoup.parse(gone.body()).selectFirst("h1").text()).isEqualTo("Article withdrawn");
            // never published: it does not exist for readers
            HttpResponse<String> missing = bare.get("/article/" + held.slug());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(Jsoup.parse(missing.body()).select("header nav a").eachText()).contains("World");
        }
    }

    @Test
    void conditionalGetAnswers304() throws Exception {
        HttpResponse<String> first = site.get("/article/" + imported.slug());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache").contains("s-maxage=60");
        HttpResponse<String> again = site.get("/article/" + imported.slug(), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(site.get("/article/" + imported.slug(), "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(site.get("/article/" + imported.slug(), "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(site.get("/", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void cachedPagesAreServedIdenticallyAndGzippedOnRequest() throws Exception {
        String path = "/author/" + site.stores.authors().ofArticle(imported.id()).get(0).slug();
        HttpResponse<String> rendered = site.get(path); // rendered by the framework, then cached
        HttpResponse<String> fromCache = site.get(path); // straight from the page cache
        assertThat(fromCache.body()).isEqualTo(rendered.body());
        for (String h : List.of("ETag", "Last-Modified", "Cache-Control", "Content-Security-Policy", "X-Content-Type-Options",
                "Referrer-Policy", "Vary")) {
            assertThat(fromCache.headers().firstValue(h)).as(h).isPresent().isEqualTo(rendered.headers().firstValue(h));
        }
        assertThat(fromCache.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        var gz = site.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url(path)))
                .header("Accept-Encoding", "gzip").header("User-Agent", TestSite.BROWSER_UA).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gz.headers().firstValue("Content-Encoding")).contains("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(rendered.body());
        }
    }

    @Test
    void securityHeadersAndImmutableAssets() throws Exception {
        HttpResponse<String> r = site.get("/");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
        String css = Jsoup.parse(r.body()).selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/assets/site\\.[0-9a-f]{10}\\.css");
        HttpResponse<String> asset = site.get(css);
        assertThat(asset.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(asset.body()).contains(".ad-in-article");
        assertThat(site.get("/assets/site.0000000000.css").statusCode()).isEqualTo(404);
        // no inline style or script anywhere in our pages: the CSP would block them
        Document article = page("/article/" + imported.slug());
        assertThat(article.select("[style], style, script:not([type=application/ld+json])")).isEmpty();
    }

    @Test
    void errorsHaveProperPagesAndLimits() throws Exception {
        HttpResponse<String> missing = site.get("/article/no-such-article");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(site.get("/nowhere/at/all").statusCode()).isEqualTo(404);
        assertThat(site.get("/media/../newsdesk.db").statusCode()).isEqualTo(404);
        HttpResponse<String> huge = site.postForm("/article/" + imported.slug() + "/comments", "comment=" + "x".repeat(200_000));
        assertThat(huge.statusCode()).isEqualTo(413);
    }

    @Test
    void robotsAndAdsTxt() throws Exception {
        assertThat(site.get("/robots.txt").body()).contains("User-agent: *").contains("Disallow: /admin/");
        HttpResponse<String> ads = site.get("/ads.txt");
        assertThat(ads.statusCode()).isEqualTo(200);
        assertThat(ads.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        java.nio.file.Files.writeString(dir.resolve("ads.txt"), "example-ads.com, pub-123, DIRECT\n");
        assertThat(site.get("/ads.txt").body()).isEqualTo("example-ads.com, pub-123, DIRECT\n");
    }

    @Test
    void beaconCountsReadersNotBots() throws Exception {
        HttpResponse<String> pixel = site.get("/v/" + imported.id() + ".gif");
        assertThat(pixel.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/gif");
        assertThat(pixel.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        site.get("/v/" + imported.id() + ".gif"); // a repeat within 30 minutes
        site.get("/v/" + imported.id() + ".gif", "User-Agent", "Googlebot/2.1");
        site.get("/v/unknown-article.gif");
        long before = totalViews(imported.id());
        site.site.flushViews();
        assertThat(totalViews(imported.id()) - before).isEqualTo(1);
        assertThat(totalViews("unknown-article")).isZero();
    }

    @Test
    void aHeadRequestForTheBeaconCountsNoView() throws Exception {
        String other = site.stores.articles().latest(1, 0).get(0).id();
        long before = totalViews(other);
        var head = java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url("/v/" + other + ".gif")))
                .header("User-Agent", TestSite.BROWSER_UA).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        assertThat(site.http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        site.site.flushViews();
        assertThat(totalViews(other)).isEqualTo(before);
    }

    static long totalViews(String id) {
        return site.stores.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(SUM(views), 0) FROM page_views WHERE article_id = :id")
                .bind("id", id).mapTo(Long.class).one());
    }

    @Test
    void telegramBlockIsHiddenWithoutAChannel(@TempDir Path other) throws Exception {
        try (TestSite bare = TestSite.empty(other, "")) {
            var section = bare.stores.sections().create("world", "World", null, 0);
            var a = new io.newsdesk.app.content.ArticleWriter(bare.stores.jdbi(), bare.stores.articles()).save(
                    new io.newsdesk.app.news.ArticleDraft("Quiet day", null, "<p>Nothing happened.</p>", null, null, null, null,
                            section.id(), List.of(), "en", io.newsdesk.app.news.ArticleStatus.PUBLISHED, java.time.Instant.now(), null, null));
            Document doc = Jsoup.parse(bare.get("/article/" + a.slug()).body());
            assertThat(doc.selectFirst("h1.headline").text()).isEqualTo("Quiet day");
            assertThat(doc.select("aside.telegram, .tg-link")).isEmpty();
            assertThat(doc.select("aside.ad")).isEmpty(); // no slots configured, no empty ad boxes
            assertThat(doc.select("aside.attribution")).isEmpty();
        }
    }
}
