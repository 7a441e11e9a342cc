package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostileFeedTest {

    @Test
    void invalidXmlFailsWithLineAndColumn() {
        FeedException e = catchFeed("invalid.xml");

        assertThat(e.getMessage()).startsWith("invalid XML:").contains("line 7");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isPositive();
    }

    @Test
    void xxeNeverReadsLocalFiles() {
        FeedException e = catchFeed("xxe.xml");

        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void externalDtdIsNeverLoadedSoItsEntitiesStayUndefined() {
        String xml = "<?xml version=\"1.0\"?><!-- hi --><!DOCTYPE rss SYSTEM \"file:///etc/passwd\">"
                + "<rss version=\"2.0\"><channel><title>&passwd;</title></channel></rss>";
        // No internal subset, so the scan blanks the DOCTYPE: the external DTD is never loaded, the entity is unknown.
        assertThatThrownBy(() -> FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "https://x.example/", null))
                .isInstanceOf(FeedException.class)
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain("root:"));
    }

    @Test
    void billionLaughsFailsFast() {
        FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> catchFeed("billion-laughs.xml"));

        assertThat(e.getMessage()).contains("DOCTYPE");
    }

    @Test
    void unknownXmlAndNonFeedsAreClearErrors() {
        assertThatThrownBy(() -> FeedParser.parse("<svg></svg>".getBytes(StandardCharsets.UTF_8), "https://x.example/", "image/svg+xml"))
                .hasMessageContaining("unknown XML root element <svg>");
        assertThatThrownBy(() -> FeedParser.parse("hello".getBytes(StandardCharsets.UTF_8), "https://x.example/", "text/plain"))
                .hasMessageContaining("not a feed");
        assertThatThrownBy(() -> FeedParser.parse(new byte[0], "https://x.example/", null))
                .hasMessageContaining("empty body");
    }

    @Test
    void sitemapsGoThroughTheSameSecureParser() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/&x;</loc></url></urlset>";
        assertThatThrownBy(() -> FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "https://x.example/sitemap.xml", null))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("DOCTYPE")
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain("root:"));
    }

    @Test
    void truncatedFeedKeepsTheCompleteEntries() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title><link>https://t.example/</link>\n"
                + "<item><title>One</title><link>https://t.example/1</link></item>\n"
                + "<item><title>Two</title><link>https://t.ex";
        ParsedFeed feed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "https://t.example/rss", null);

        assertThat(feed.items()).extracting(FeedItem::link).containsExactly("https://t.example/1");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("dropped broken entry 2"));
    }

    private static FeedException catchFeed(String fixture) {
        try {
            Fixtures.parse(fixture, "https://evil.example/rss", "application/rss+xml");
        } catch (FeedException e) {
            return e;
        }
        throw new AssertionError(fixture + " was parsed without error");
    }
}
