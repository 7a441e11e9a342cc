package io.newsdesk.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference site's "Read Now" excerpts carried raw CSS from an in-text ad block. Here an
 * article whose body holds style, script and ad markup must leave no trace of them in any
 * excerpt, meta tag, JSON-LD or list of articles.
 */
class CleanTextEverywhereTest {
    static final List<String> FORBIDDEN = List.of("in_text_content_22", "width: 300px", "adsbygoogle", "alert(", "<script",
            "<style", "onerror", "Touch-Action", "<b>", "&lt;b&gt;");
    static final String HOSTILE_BODY = """
            <style>.in_text_content_22 {width: 300px; Height: 600px; } @Media (min-width: 600px) {.in_text_content_22 {width: 580px;}}
            .Adsbygoogle {Touch-Action: none}</style>
            <script>alert("pwned")</script>
            <div class="in_text_content_22"><ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>
            <p>Since the beginning of September the harbour authority has counted more than three thousand ferry crossings.</p>
            <img src="x" onerror="alert(1)">
            <p>The second paragraph explains the schedule for the winter season in calm detail, with the times of
            the early boats, the late boats and the extra sailings planned for the holidays.</p>""";

    @TempDir
    static Path dir;
    static TestSite site;
    static Article hostile;

    @BeforeAll
    static void start() {
        site = TestSite.withDemo(dir);
        var section = site.stores.sections().bySlug("economy").orElseThrow();
        hostile = new ArticleWriter(site.stores.jdbi(), site.stores.articles()).save(new ArticleDraft(
                "Ferry <b>crossings</b> rise<script>alert(2)</script>", "<style>.x{}</style>A calm standfirst", HOSTILE_BODY,
                "https://outlet.example/a", null, null, null, section.id(), List.of(), "en", ArticleStatus.PUBLISHED,
                Instant.now(), null, null));
        site.site.contentChanged();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void storedTextFieldsAreClean() {
        assertThat(hostile.title()).isEqualTo("Ferry crossings rise");
        assertThat(hostile.standfirst()).isEqualTo("A calm standfirst");
        assertThat(hostile.excerpt()).startsWith("Since the beginning of September").endsWith("…");
        assertThat(hostile.excerpt().split("\\s+").length).isLessThanOrEqualTo(30);
        assertNoLeak(hostile.excerpt());
        assertNoLeak(hostile.bodyText());
        assertNoLeak(hostile.bodyHtml());
    }

    @Test
    void articlePageHeadAndStructuredDataAreClean() throws Exception {
        Document page = Jsoup.parse(site.get("/article/" + hostile.slug()).body());
        for (String selector : List.of("meta[name=description]", "meta[property=og:description]", "meta[name=twitter:description]",
                "meta[property=og:title]", "meta[name=twitter:title]")) {
            String content = page.selectFirst(selector).attr("content");
            assertThat(content).as(selector).isNotBlank();
            assertNoLeak(content);
        }
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(hostile.excerpt());
        assertThat(page.title()).startsWith("Ferry crossings rise |");

        Element ld = page.selectFirst("script[type=application/ld+json]");
        JsonNode json = new ObjectMapper().readTree(ld.data());
        JsonNode news = json.get(0);
        assertThat(news.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(news.get("headline").asText()).isEqualTo("Ferry crossings rise");
        assertThat(news.get("description").asText()).isEqualTo(hostile.excerpt());
        assertThat(json.get(1).get("@type").asText()).isEqualTo("BreadcrumbList");
        assertNoLeak(ld.data());

        // the page runs no script of the article's, and its body shows none of the ad CSS
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
        assertNoLeak(page.selectFirst("article.article").text());
    }

    @Test
    void readNowAndListsAreClean() throws Exception {
        Document home = Jsoup.parse(site.get("/").body());
        // the newest article is on the home page (as its lead, or first beside the lead when it has no picture)
        assertThat(home.selectFirst(".lead-grid").text()).contains("Ferry crossings rise");
        assertNoLeak(home.selectFirst("main").html());
        assertThat(home.select(".excerpt")).hasSizeGreaterThan(6);
        assertNoLeak(home.select(".excerpt").text());

        // "Read Now" in the sidebar of another article page
        String other = site.stores.articles().latest(3, 0).get(2).slug();
        Document otherPage = Jsoup.parse(site.get("/article/" + other).body());
        Element sidebarReadNow = otherPage.selectFirst("aside.sidebar section.read-now");
        assertThat(sidebarReadNow.text()).contains("Ferry crossings rise");
        assertNoLeak(sidebarReadNow.html());

        Document section = Jsoup.parse(site.get("/section/economy").body());
        assertNoLeak(section.select("main").html());
    }

    static void assertNoLeak(String text) {
        for (String bad : FORBIDDEN) assertThat(text).as("must not contain %s", bad).doesNotContainIgnoringCase(bad);
    }
}
