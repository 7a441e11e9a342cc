package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlSectionParsingTest {

    @Test
    void selectorPicksSameSiteArticleLinksAbsoluteAndOnce() throws Exception {
        ParsedFeed feed = FeedParser.parse(Fixtures.bytes("section.html"), "https://lake.example/world/",
                "text/html; charset=utf-8", "main .teaser a[href]");

        assertThat(feed.kind()).isEqualTo(FeedKind.HTML);
        assertThat(feed.title()).isEqualTo("World — Lake Herald");
        assertThat(feed.language()).isEqualTo("en");
        assertThat(feed.items()).extracting(FeedItem::link).containsExactly(
                "https://lake.example/world/2026/11/summit",
                "https://www.lake.example/world/2026/11/trade",
                "https://lake.example/world/world/2026/11/floods");
        assertThat(feed.items()).extracting(FeedItem::title)
                .containsExactly("Leaders meet at summit", "Trade talks", "Floods & rain");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("1 link(s) to other sites"));
    }

    @Test
    void defaultSelectorUsesHeadlines() throws Exception {
        ParsedFeed feed = Fixtures.parse("section.html", "https://lake.example/world/", "text/html");

        assertThat(feed.items()).extracting(FeedItem::link).contains(
                "https://lake.example/world/2026/11/summit", "https://lake.example/world/most-read");
    }

    @Test
    void badSelectorIsAClearError() {
        assertThatThrownBy(() -> FeedParser.parse(Fixtures.bytes("section.html"), "https://lake.example/", "text/html", "a[["))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("invalid CSS selector");
    }
}
