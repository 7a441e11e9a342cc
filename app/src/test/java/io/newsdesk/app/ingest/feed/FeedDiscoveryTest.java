package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    @Test
    void findsDeclaredFeedsAbsoluteAndOnceThenCommonPaths() {
        String html = new String(Fixtures.bytes("discovery.html"), StandardCharsets.UTF_8);

        FeedDiscovery.Result r = FeedDiscovery.discover(html, "https://bay.example/news/today");

        assertThat(r.declared()).extracting(FeedDiscovery.Candidate::url).containsExactly(
                "https://bay.example/feeds/main.rss", "https://bay.example/atom", "https://bay.example/news/feed.json");
        assertThat(r.declared()).extracting(FeedDiscovery.Candidate::type).containsExactly(
                "application/rss+xml", "application/atom+xml", "application/feed+json");
        assertThat(r.declared().get(0).title()).isEqualTo("Bay News RSS");
        assertThat(r.guesses()).startsWith("https://bay.example/feed", "https://bay.example/rss", "https://bay.example/rss.xml")
                .contains("https://bay.example/atom.xml", "https://bay.example/feed.json", "https://bay.example/index.xml",
                        "https://bay.example/sitemap.xml", "https://bay.example/news-sitemap.xml");
    }

    @Test
    void pageWithoutDeclaredFeedsStillGetsGuesses() {
        FeedDiscovery.Result r = FeedDiscovery.discover("<html><head></head></html>", "http://plain.example:8080/x");

        assertThat(r.declared()).isEmpty();
        assertThat(r.guesses()).first().isEqualTo("http://plain.example:8080/feed");
    }
}
