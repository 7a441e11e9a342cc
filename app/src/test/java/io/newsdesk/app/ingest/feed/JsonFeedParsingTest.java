package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class JsonFeedParsingTest {

    @Test
    void jsonFeed11ItemsWithAbsoluteLinksCleanTitlesAndAuthors() throws Exception {
        ParsedFeed feed = Fixtures.parse("jsonfeed-1.1.json", "https://mountain.example/feed.json", "application/json");

        assertThat(feed.kind()).isEqualTo(FeedKind.JSON_FEED);
        assertThat(feed.title()).isEqualTo("Mountain Post");
        assertThat(feed.siteLink()).isEqualTo("https://mountain.example/");
        assertThat(feed.language()).isEqualTo("es");
        assertThat(feed.items()).hasSize(2);
        assertThat(feed.warnings()).anyMatch(w -> w.contains("skipped item 3"));

        FeedItem a = feed.items().get(0);
        assertThat(a.link()).isEqualTo("https://mountain.example/2026/11/avalanche");
        assertThat(a.guid()).isEqualTo("mp-1");
        assertThat(a.title()).isEqualTo("Avalanche risk high");
        assertThat(a.summary()).isEqualTo("Ski areas closed.");
        assertThat(a.contentHtml()).isEqualTo("<p>Ski areas <b>closed</b>.</p>");
        assertThat(a.imageUrl()).isEqualTo("https://mountain.example/img/snow.jpg");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-11-22T07:15:00-03:00"));
        assertThat(a.updated()).isEqualTo(OffsetDateTime.parse("2026-11-22T09:00:00Z"));
        assertThat(a.authors()).containsExactly("Lucía Pérez");
        assertThat(a.categories()).containsExactly("weather", "mountains");

        FeedItem b = feed.items().get(1);
        assertThat(b.link()).isEqualTo("https://partner.example/story");
        assertThat(b.summary()).isEqualTo("Plain text item about the road.");
        assertThat(b.authors()).containsExactly("Redacción");
    }

    @Test
    void brokenJsonReportsPositionAndPlainJsonIsNotAFeed() {
        assertThatThrownBy(() -> FeedParser.parse("{\n  \"version\": \n}".getBytes(StandardCharsets.UTF_8), "https://x.example/", null))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("invalid JSON")
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> FeedParser.parse("{\"a\":1}".getBytes(StandardCharsets.UTF_8), "https://x.example/", null))
                .hasMessageContaining("not a JSON Feed");
    }
}
