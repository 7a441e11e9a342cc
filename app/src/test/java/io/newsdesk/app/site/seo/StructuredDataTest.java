package io.newsdesk.app.site.seo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.site.view.Views.Crumb;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD is written byte for byte the same for the same article: its bytes make the page's ETag, which must not
 * change with a restart or differ between the nodes of a cluster. Each key order below was drawn anew by every JVM
 * before, so this test failed in most runs.
 */
class StructuredDataTest {
    private static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");

    @Test
    void anArticleIsWrittenInOneOrder() {
        Article a = new Article("a1", "ferry-crossings-rise", "Ferry crossings rise", null, "<p>Text</p>", "Text",
                "More crossings.", null, null, null, "s1", "en", ArticleStatus.PUBLISHED, AT, AT, "o1",
                "https://outlet.example/ferries", "Fährverkehr wächst", "de", true, null);
        String json = StructuredData.article(a, List.of(new Author("p1", "hedda-sorell", "Hedda Sorell", null)),
                new Outlet("o1", "outlet", "The Outlet", "https://outlet.example/", "de", null), "Economy", "Herald",
                "https://herald.example", null);

        assertThat(json).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry crossings rise\",\"description\":\"More crossings.\","
                + "\"datePublished\":\"2026-03-01T09:30:00Z\",\"dateModified\":\"2026-03-01T09:30:00Z\",\"inLanguage\":\"en\","
                + "\"articleSection\":\"Economy\",\"mainEntityOfPage\":\"https://herald.example/article/ferry-crossings-rise\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Hedda Sorell\",\"url\":\"https://herald.example/author/hedda-sorell\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Herald\",\"url\":\"https://herald.example/\"},"
                + "\"translationOfWork\":{\"@type\":\"NewsArticle\",\"url\":\"https://outlet.example/ferries\","
                + "\"headline\":\"Fährverkehr wächst\",\"inLanguage\":\"de\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Outlet\",\"url\":\"https://outlet.example/\"}}}");
    }

    @Test
    void breadcrumbsAreWrittenInOneOrder() {
        String json = StructuredData.breadcrumbs(List.of(new Crumb("Home", "/"), new Crumb("Economy", "/section/economy"),
                new Crumb("Ferry crossings rise", null)), "https://herald.example");

        assertThat(json).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":["
                + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\",\"item\":\"https://herald.example/\"},"
                + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Economy\",\"item\":\"https://herald.example/section/economy\"},"
                + "{\"@type\":\"ListItem\",\"position\":3,\"name\":\"Ferry crossings rise\"}]}");
    }
}
