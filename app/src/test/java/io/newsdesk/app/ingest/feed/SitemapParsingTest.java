package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SitemapParsingTest {

    @Test
    void sitemapUrlsWithLastmodAndImage() throws Exception {
        ParsedFeed feed = Fixtures.parse("sitemap.xml", "https://plains.example/sitemap.xml", "application/xml");

        assertThat(feed.kind()).isEqualTo(FeedKind.SITEMAP);
        assertThat(feed.items()).extracting(FeedItem::link)
                .containsExactly("https://plains.example/news/wheat-harvest", "https://plains.example/news/rain");
        assertThat(feed.items()).allMatch(i -> i.kind() == FeedItem.Kind.ARTICLE);
        assertThat(feed.items().get(0).updated()).isEqualTo(OffsetDateTime.parse("2026-11-21T00:00:00Z"));
        assertThat(feed.items().get(0).imageUrl()).isEqualTo("https://plains.example/img/wheat.jpg");
        assertThat(feed.items().get(1).updated()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:30:00Z"));
        assertThat(feed.warnings()).anyMatch(w -> w.contains("skipped url 3"));
    }

    @Test
    void sitemapIndexGivesChildSitemapsAsLinks() throws Exception {
        ParsedFeed feed = Fixtures.parse("sitemap-index.xml", "https://plains.example/sitemap.xml", "text/xml");

        assertThat(feed.kind()).isEqualTo(FeedKind.SITEMAP);
        assertThat(feed.items()).allMatch(i -> i.kind() == FeedItem.Kind.LINK);
        assertThat(feed.items()).extracting(FeedItem::link).containsExactly(
                "https://plains.example/sitemap-2026-11.xml", "https://plains.example/sitemap-2026-10.xml");
        assertThat(feed.items().get(0).updated()).isEqualTo(OffsetDateTime.parse("2026-11-25T00:00:00Z"));
    }

    @Test
    void newsSitemapCarriesTitleDateAndLanguage() throws Exception {
        ParsedFeed feed = Fixtures.parse("news-sitemap.xml", "https://river.example/news-sitemap.xml", "application/xml");

        assertThat(feed.kind()).isEqualTo(FeedKind.NEWS_SITEMAP);
        assertThat(feed.language()).isEqualTo("pt");
        FeedItem first = feed.items().get(0);
        assertThat(first.link()).isEqualTo("https://river.example/politics/election-results");
        assertThat(first.title()).isEqualTo("Resultados da eleição & análise");
        assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2026-11-24T21:00:00-03:00"));
        assertThat(first.language()).isEqualTo("pt");
        assertThat(first.categories()).containsExactly("eleição", "política");
        assertThat(feed.items().get(1).published()).isEqualTo(OffsetDateTime.parse("2026-11-24T00:00:00Z"));
    }
}
