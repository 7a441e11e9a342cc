package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RssAtomParsingTest {

    @Test
    void rss2WithCdataHtmlGivesCleanTextSummaryAndAbsoluteLinks() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss2-cdata.xml", "https://harbor.example/rss", "text/html");

        assertThat(feed.kind()).isEqualTo(FeedKind.RSS);
        assertThat(feed.title()).isEqualTo("Harbor Gazette & Friends");
        assertThat(feed.siteLink()).isEqualTo("https://harbor.example/");
        assertThat(feed.language()).isEqualTo("en-us");
        assertThat(feed.items()).hasSize(2);

        FeedItem pier = feed.items().get(0);
        assertThat(pier.link()).isEqualTo("https://harbor.example/news/2026/11/pier-approved");
        assertThat(pier.guid()).isEqualTo("harbor-1001");
        assertThat(pier.title()).isEqualTo("Council approves new pier");
        assertThat(pier.summary()).isEqualTo("The council voted 7 to 2 for the pier.");
        assertThat(pier.summary()).doesNotContain("<", "alert");
        assertThat(pier.contentHtml()).contains("<em>pier</em>");
        assertThat(pier.published()).isEqualTo(OffsetDateTime.of(2026, 11, 24, 8, 30, 0, 0, ZoneOffset.UTC));
        assertThat(pier.authors()).containsExactly("Ana Souza");
        assertThat(pier.categories()).containsExactly("Politics", "Harbor");
        assertThat(pier.imageUrl()).isEqualTo("https://cdn.harbor.example/pier-thumb.jpg");

        FeedItem ferry = feed.items().get(1);
        assertThat(ferry.summary()).isEqualTo("Plain text & an ampersand.");
        assertThat(ferry.contentHtml()).isNull();
        assertThat(ferry.imageUrl()).isEqualTo("https://harbor.example/img/ferry.png");
    }

    @Test
    void rss1RdfIsReadAsRss() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss1-rdf.xml", "https://valley.example/rss", "application/rdf+xml");

        assertThat(feed.kind()).isEqualTo(FeedKind.RSS);
        assertThat(feed.title()).isEqualTo("Valley Times");
        assertThat(feed.items()).extracting(FeedItem::link)
                .containsExactly("https://valley.example/a/1", "https://valley.example/a/2");
        FeedItem bridge = feed.items().get(0);
        assertThat(bridge.summary()).isEqualTo("The old bridge is open again.");
        assertThat(bridge.published()).isEqualTo(OffsetDateTime.parse("2026-11-20T07:00:00Z"));
        assertThat(bridge.authors()).containsExactly("K. Weber");
    }

    @Test
    void atomRelativeLinksResolveAgainstXmlBaseAndDocumentUrl() throws Exception {
        ParsedFeed feed = Fixtures.parse("atom-xmlbase.xml", "https://coast.example/feeds/all", "application/atom+xml");

        assertThat(feed.kind()).isEqualTo(FeedKind.ATOM);
        assertThat(feed.title()).isEqualTo("Coast Chronicle");
        assertThat(feed.siteLink()).isEqualTo("https://coast.example/blog/");
        assertThat(feed.language()).isEqualTo("fr");

        FeedItem storm = feed.items().get(0);
        assertThat(storm.link()).isEqualTo("https://coast.example/blog/2026/storm");
        assertThat(storm.guid()).isEqualTo("tag:coast.example,2026:storm");
        assertThat(storm.summary()).isEqualTo("High winds expected.");
        assertThat(storm.contentHtml()).isEqualTo("<p>Stay indoors.</p>");
        assertThat(storm.published()).isEqualTo(OffsetDateTime.parse("2026-11-25T08:00:00Z"));
        assertThat(storm.updated()).isEqualTo(OffsetDateTime.parse("2026-11-25T10:00:00Z"));
        assertThat(storm.authors()).containsExactly("Marie Dupont");
        assertThat(storm.categories()).containsExactly("weather");

        FeedItem festival = feed.items().get(1);
        assertThat(festival.link()).isEqualTo("https://coast.example/other/section/festival");
        assertThat(festival.contentHtml()).isEqualTo("<p>Music &amp; food all weekend</p>");
        assertThat(festival.summary()).isEqualTo("Music & food all weekend");
    }

    @Test
    void oldNetscapeDoctypeIsIgnoredNotLoaded() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss091-doctype.xml", "https://old.example/rss", "text/xml");

        assertThat(feed.kind()).isEqualTo(FeedKind.RSS);
        assertThat(feed.items()).extracting(FeedItem::link).containsExactly("https://old.example/still-here");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("DOCTYPE"));
    }

    @Test
    void oneBrokenEntryCostsOnlyThatEntry() throws Exception {
        ParsedFeed feed = Fixtures.parse("broken-entry.xml", "https://partly.example/rss", null);

        assertThat(feed.items()).extracting(FeedItem::link)
                .containsExactly("https://partly.example/1", "https://partly.example/3");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("dropped broken entry 2") && w.contains("line 10"));
    }
}
