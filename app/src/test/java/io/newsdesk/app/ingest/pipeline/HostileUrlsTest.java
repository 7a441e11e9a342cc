package io.newsdesk.app.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.content.CleanUrl;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 (9): only http(s) URLs are stored for images and links. Hostile outlets on 127.0.0.1 put
 * {@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}, opaque ({@code http:x}) and host-less
 * URLs in every place an image or link comes from (og:image, JSON-LD image, body images, RSS enclosures and
 * Media RSS, JSON Feed image and url, item links); after an import none of them is in the database, on the
 * article pages, in og:image, or in the site's RSS, Atom and JSON feeds. Each bad URL carries a marker
 * ({@code EVIL…}) that appears nowhere else.
 */
class HostileUrlsTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = "javascript:alert('EVILOG')";

    /** An article page whose metadata names a hostile lead image; {@code head} goes into its head. */
    private static String page(String title, String head) {
        return Outlets.page("en", title, Outlets.paragraphs(title)).replace("<head>", "<head>" + head)
                .replace("<article><h1>", "<article><img src=\"vbscript:EVILBODYIMG\"><h1>");
    }

    @Test
    void articlePagesMetadataImagesAreNotStored() throws Exception {
        try (FixtureWeb web = new FixtureWeb()) {
            // full text: the page's og:image, JSON-LD image and Twitter image are the lead image candidates
            web.put("/p/og", "text/html; charset=utf-8", page("Harbour bridge reopens",
                    "<meta property=\"og:image\" content=\"" + SCRIPT + "\">"));
            web.put("/p/ld", "text/html; charset=utf-8", page("Council approves new library",
                    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                            + "\"headline\":\"Council approves new library\",\"image\":{\"@type\":\"ImageObject\","
                            + "\"url\":\"data:image/svg+xml;base64,EVILLD\"}}</script>"
                            + "<meta name=\"twitter:image\" content=\"file:///EVILTWITTER.png\">"));
            web.put("/p/opaque", "text/html; charset=utf-8", page("Rail strike called off",
                    "<meta property=\"og:image\" content=\"http:EVILOPAQUE.png\">"));
            web.put("/full.xml", "application/rss+xml", Outlets.rss("Full Outlet", List.of(
                    new Outlets.Entry("Harbour bridge reopens", web.url("/p/og"), "f-1", "Mon, 01 Jun 2026 10:00:00 GMT"),
                    new Outlets.Entry("Council approves new library", web.url("/p/ld"), "f-2", "Mon, 01 Jun 2026 11:00:00 GMT"),
                    new Outlets.Entry("Rail strike called off", web.url("/p/opaque"), "f-3", "Mon, 01 Jun 2026 12:00:00 GMT"),
                    new Outlets.Entry("Linked to script", "javascript:EVILLINK()", "f-4", "Mon, 01 Jun 2026 13:00:00 GMT"))));
            CommandLineImport.once(dir, NewSource.of(web.url("/full.xml"), SourceKind.RSS, "Full Outlet").withPolicy(ContentPolicy.FULL_TEXT));
        }
        publishedWithoutHostileUrls(3);
    }

    @Test
    void rssEnclosuresMediaAndLinksAreNotStored() throws Exception {
        try (FixtureWeb web = new FixtureWeb()) {
            // excerpts from an RSS feed: image enclosure, Media RSS, an image in the description, bad item links
            web.put("/media.xml", "application/rss+xml", """
                    <?xml version="1.0" encoding="utf-8"?>
                    <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Media Outlet</title>
                    <link>https://outlet.example/</link><description>d</description>
                    <item><title>Ferry timetable changes in spring</title><link>%s</link><guid>m-1</guid>
                      <pubDate>Mon, 01 Jun 2026 10:00:00 GMT</pubDate><description>The ferry timetable changes.</description>
                      <enclosure url="javascript:EVILENCLOSURE()" type="image/jpeg" length="1"/></item>
                    <item><title>Museum opens a new wing</title><link>%s</link><guid>m-2</guid>
                      <pubDate>Mon, 01 Jun 2026 11:00:00 GMT</pubDate><description>The museum opens a wing.</description>
                      <media:content url="vbscript:EVILMEDIA" medium="image"/></item>
                    <item><title>Tram line extended to the airport</title><link>%s</link><guid>m-3</guid>
                      <pubDate>Mon, 01 Jun 2026 12:00:00 GMT</pubDate>
                      <description>&lt;img src="https:///EVILNOHOST.png"&gt;The tram line is extended.</description></item>
                    <item><title>Opaque link</title><link>http:EVILOPAQUELINK</link><guid>m-4</guid>
                      <pubDate>Mon, 01 Jun 2026 13:00:00 GMT</pubDate><description>x</description></item>
                    <item><title>Script link</title><link>javascript:EVILLINK()</link>
                      <pubDate>Mon, 01 Jun 2026 13:00:00 GMT</pubDate><description>x</description></item>
                    </channel></rss>""".formatted(web.url("/m/1"), web.url("/m/2"), web.url("/m/3")));
            CommandLineImport.once(dir, NewSource.of(web.url("/media.xml"), SourceKind.RSS, "Media Outlet"));
        }
        publishedWithoutHostileUrls(3);
    }

    @Test
    void jsonFeedImagesAndUrlsAreNotStored() throws Exception {
        try (FixtureWeb web = new FixtureWeb()) {
            web.put("/feed.json", "application/feed+json", """
                    {"version":"https://jsonfeed.org/version/1.1","title":"Json Outlet","home_page_url":"%s",
                     "items":[
                      {"id":"j-1","url":"%s","title":"Water prices to rise in autumn","content_text":"Water prices rise.",
                       "image":"javascript:alert('EVILJSONIMAGE')","date_published":"2026-06-01T10:00:00Z",
                       "authors":[{"name":"Jane Roe","url":"javascript:EVILAUTHORURL()"}]},
                      {"id":"j-2","url":"%s","title":"Stadium roof repaired","content_text":"The roof is repaired.",
                       "image":"EVILRELATIVE junk.png","banner_image":"file:///EVILBANNER.png",
                       "date_published":"2026-06-01T11:00:00Z"},
                      {"id":"j-3","url":"%s","title":"Bus fares frozen","content_text":"Fares are frozen.",
                       "image":"https:///EVILNOHOST.png","date_published":"2026-06-01T11:30:00Z"},
                      {"id":"j-4","url":"data:text/html,EVILITEMURL","title":"Data link","content_text":"x",
                       "date_published":"2026-06-01T12:00:00Z"}]}"""
                    .formatted(web.url("/"), web.url("/j/1"), web.url("/j/2"), web.url("/j/3")));
            CommandLineImport.once(dir, NewSource.of(web.url("/feed.json"), SourceKind.JSONFEED, "Json Outlet"));
        }
        publishedWithoutHostileUrls(3);
    }


    /** The stored URLs, the article pages, their og:image and the site's feeds, with {@code expected} articles imported. */
    private void publishedWithoutHostileUrls(int expected) throws Exception {
        try (TestSite site = TestSite.empty(dir, "")) {
            List<Map<String, Object>> rows = site.db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT slug, image_url, original_url FROM articles").mapToMap().list());
            assertThat(rows).hasSize(expected);
            for (Map<String, Object> row : rows) {
                for (String column : List.of("image_url", "original_url")) {
                    Object url = row.get(column);
                    if (url != null) assertThat(url.toString()).as(row.get("slug") + " " + column).startsWith("http://127.0.0.1:")
                            .doesNotContain("EVIL");
                }
                assertThat(row.get("original_url")).as("original_url").isNotNull();
            }
            List<String> documents = new ArrayList<>(List.of("/rss.xml", "/atom.xml", "/feed.json", "/", "/sitemap.xml"));
            for (Map<String, Object> row : rows) documents.add("/article/" + row.get("slug"));
            for (String path : documents) {
                HttpResponse<String> r = site.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.body()).as(path).doesNotContain("EVIL").doesNotContainIgnoringCase("javascript:")
                        .doesNotContainIgnoringCase("vbscript:").doesNotContain("file:/");
                if (path.startsWith("/article/")) {
                    var og = Jsoup.parse(r.body()).selectFirst("meta[property=og:image]");
                    if (og != null) assertThat(og.attr("content")).as(path + " og:image").matches("https?://.+");
                }
            }
        }
    }

    @Test
    void theArticleWriterKeepsOnlyHttpOrSitePathsWhateverCallsIt() {
        for (String bad : List.of("javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:image/png;base64,AAAA", "vbscript:x",
                "file:///etc/passwd", "http:opaque.png", "https:///nohost.png", "//protocol.relative/x.png", "relative/x.png",
                "http://exa mple.com/x.png", "http://example.com/\u0000x.png", "")) {
            assertThat(clean(bad, bad).imageUrl()).as(bad).isNull();
            assertThat(clean(bad, bad).originalUrl()).as(bad).isNull();
        }
        assertThat(clean("https://img.example/a.jpg", "http://outlet.example/a").imageUrl()).isEqualTo("https://img.example/a.jpg");
        assertThat(clean("/media/demo/a.svg", "http://outlet.example/a").imageUrl()).isEqualTo("/media/demo/a.svg");
        assertThat(clean(null, "http://outlet.example/a").originalUrl()).isEqualTo("http://outlet.example/a");
        // a site path is ours for images, never an outlet's original address
        assertThat(CleanUrl.web("/media/demo/a.svg")).isNull();
    }

    private static io.newsdesk.app.news.Article clean(String image, String original) {
        return ArticleWriter.clean(new ArticleDraft("A title", null, "<p>Text</p>", null, image, null, null, "s", List.of(),
                "en", ArticleStatus.PUBLISHED, Instant.parse("2026-06-01T10:00:00Z"), null,
                new ArticleDraft.Imported("o", original, "A title", "en", false)), "");
    }
}
