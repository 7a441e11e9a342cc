package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Every kind of feed reads its dates with the one parser, extract.Dates (docs/decisions.md, "One date parser"). */
class FeedDatesTest {

    private static ParsedFeed parse(String body, String contentType) throws FeedException {
        return FeedParser.parse(body.getBytes(StandardCharsets.UTF_8), "https://d.example/feed", contentType);
    }

    @Test
    void rssItemsGetTheirOwnDatesInOrderIncludingRfc822ZoneNamesAndNone() throws Exception {
        ParsedFeed feed = parse("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>D</title>"
                + "<link>https://d.example/</link><description>d</description>"
                + "<item><title>A</title><link>https://d.example/a</link><pubDate>Tue, 10 Jun 2003 04:00:00 EDT</pubDate></item>"
                + "<item><title>B</title><link>https://d.example/b</link></item>"
                + "<item><title>C</title><link>https://d.example/c</link><dc:date>2003-06-12T09:00:00+02:00</dc:date></item>"
                + "<item><title>D</title><link>https://d.example/d</link><pubDate>yesterday</pubDate></item>"
                + "</channel></rss>", "application/rss+xml");

        assertThat(feed.items()).extracting(FeedItem::published).containsExactly(
                OffsetDateTime.parse("2003-06-10T08:00Z"), null, OffsetDateTime.parse("2003-06-12T07:00Z"), null);
        assertThat(feed.items()).extracting(FeedItem::updated).containsOnlyNulls();
    }

    @Test
    void atomFractionsOfASecondAreReadAsFractions() throws Exception {
        // Rome read ".123456" as 123,456 milliseconds, two minutes late
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>D</title><id>d</id><updated>2026-11-25T00:00:00Z</updated>"
                + "<entry><title>A</title><id>a</id><link href=\"https://d.example/a\"/>"
                + "<published>2026-11-25T09:00:00.123456+01:00</published><updated>2026-11-25T10:00:00Z</updated></entry>"
                + "</feed>", "application/atom+xml");

        FeedItem a = feed.items().getFirst();
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-11-25T08:00:00.123456Z"));
        assertThat(a.updated()).isEqualTo(OffsetDateTime.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void aSitemapDateOfAYearOrAMonthIsNoDate() throws Exception {
        ParsedFeed feed = parse("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://d.example/a</loc><lastmod>2026</lastmod></url>"
                + "<url><loc>https://d.example/b</loc><lastmod>2026-11</lastmod></url>"
                + "<url><loc>https://d.example/c</loc><lastmod>2026-11-21</lastmod></url></urlset>", "application/xml");

        assertThat(feed.items()).extracting(FeedItem::updated).containsExactly(null, null, OffsetDateTime.parse("2026-11-21T00:00Z"));
    }

    @Test
    void aJsonFeedDateWithoutTheColonOrInRfc1123IsRead() throws Exception {
        ParsedFeed feed = parse("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"D\",\"items\":["
                + "{\"id\":\"a\",\"url\":\"https://d.example/a\",\"title\":\"A\",\"date_published\":\"2026-11-22T07:15:00-0300\"},"
                + "{\"id\":\"b\",\"url\":\"https://d.example/b\",\"title\":\"B\",\"date_published\":\"Sun, 22 Nov 2026 07:15:00 -0300\"},"
                + "{\"id\":\"c\",\"url\":\"https://d.example/c\",\"title\":\"C\",\"date_published\":\"on 22 November\"}]}", "application/feed+json");

        OffsetDateTime t = OffsetDateTime.parse("2026-11-22T07:15:00-03:00");
        assertThat(feed.items()).extracting(FeedItem::published).containsExactly(t, t, null);
    }
}
