package io.newsdesk.app.demo.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.ManualClock;
import io.newsdesk.app.ingest.feed.FeedItem;
import io.newsdesk.app.ingest.feed.FeedKind;
import io.newsdesk.app.ingest.feed.FeedParser;
import io.newsdesk.app.ingest.feed.ParsedFeed;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.extract.ExtractedArticle;
import io.newsdesk.extract.Extractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The demo outlets over real HTTP on 127.0.0.1, read by the importer's own feed parser and extractor. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DemoOutletServerTest {
    static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    static final Duration INTERVAL = Duration.ofSeconds(90);

    final ManualClock clock = new ManualClock(START);
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    DemoOutletServer server;

    @BeforeEach
    void start() {
        server = new DemoOutletServer(clock, INTERVAL, 0).start();
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    ParsedFeed feed(DemoFeed f) throws Exception {
        HttpResponse<byte[]> r = get(f.url());
        assertThat(r.statusCode()).isEqualTo(200);
        return FeedParser.parse(r.body(), f.url(), r.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void everyOutletServesItsFeedOfTheReleasedStoriesNewestFirst() throws Exception {
        List<DemoFeed> feeds = server.feedUrls();
        assertThat(feeds).extracting(DemoFeed::kind)
                .contains(SourceKind.RSS, SourceKind.ATOM, SourceKind.JSONFEED);
        List<ReleasedStory> released = server.schedule().releasedAt(clock.instant());
        assertThat(released).isNotEmpty();
        for (DemoFeed f : feeds) {
            ParsedFeed parsed = feed(f);
            FeedKind expected = switch (f.kind()) {
                case RSS -> FeedKind.RSS;
                case ATOM -> FeedKind.ATOM;
                case JSONFEED -> FeedKind.JSON_FEED;
                default -> throw new AssertionError(f.kind());
            };
            assertThat(parsed.kind()).as(f.outletSlug()).isEqualTo(expected);
            assertThat(parsed.title()).isEqualTo(f.outletName());
            List<ReleasedStory> mine = released.stream().filter(r -> r.outlet().slug().equals(f.outletSlug())).toList();
            assertThat(parsed.items()).as(f.outletSlug()).hasSize(mine.size());
            for (int i = 0; i < mine.size(); i++) {
                FeedItem item = parsed.items().get(i);
                DemoStory s = mine.get(i).story();
                assertThat(item.title()).isEqualTo(s.headline());
                assertThat(item.link()).isEqualTo(server.baseUrl() + mine.get(i).path());
                assertThat(URI.create(item.link()).isAbsolute()).isTrue();
                assertThat(item.guid()).isNotBlank();
                assertThat(item.published().toInstant()).isEqualTo(mine.get(i).published());
                assertThat(item.summary()).isEqualTo(s.standfirst());
                assertThat(item.categories()).contains(s.section());
            }
        }
    }

    @Test
    void aNewsSitemapListsTheSameArticles() throws Exception {
        DemoFeed f = server.feedUrls().stream().filter(d -> d.newsSitemapUrl() != null).findFirst().orElseThrow();
        HttpResponse<byte[]> r = get(f.newsSitemapUrl());
        ParsedFeed sitemap = FeedParser.parse(r.body(), f.newsSitemapUrl(), r.headers().firstValue("Content-Type").orElse(null));
        assertThat(sitemap.kind()).isEqualTo(FeedKind.NEWS_SITEMAP);
        assertThat(sitemap.items()).extracting(FeedItem::link)
                .containsExactlyElementsOf(feed(f).items().stream().map(FeedItem::link).toList());
    }

    @Test
    void everyReleasedPageYieldsTheStoryAndNoneOfTheBoilerplate() throws Exception {
        Extractor extractor = new Extractor();
        // all stories, released by moving the clock past the last release
        clock.advance(INTERVAL.multipliedBy(server.catalog().stories().size() + 1));
        List<ReleasedStory> released = server.schedule().releasedAt(clock.instant());
        assertThat(released).hasSize(server.catalog().stories().size());
        List<String> failures = new ArrayList<>();
        for (ReleasedStory r : released) {
            String url = server.baseUrl() + r.path();
            HttpResponse<byte[]> page = get(url);
            assertThat(page.statusCode()).as(url).isEqualTo(200);
            ExtractedArticle a = extractor.extract(page.body(), url, page.headers().firstValue("Content-Type").orElse(null));
            DemoStory s = r.story();
            String id = s.id() + ": ";
            if (!s.headline().equals(a.title())) failures.add(id + "title " + a.title());
            if (!a.authors().equals(List.of(s.author()))) failures.add(id + "authors " + a.authors());
            if (a.published() == null || !a.published().toInstant().equals(r.published())) failures.add(id + "published " + a.published());
            if (a.leadImage() == null || !a.leadImage().url().equals(server.baseUrl() + r.imagePath())
                    || !s.imageCredit().equals(a.leadImage().credit())) failures.add(id + "image " + a.leadImage());
            String text = a.text().replaceAll("\\s+", " ");
            for (String p : s.textParagraphs()) {
                if (!text.contains(p)) failures.add(id + "missing paragraph: " + p);
            }
            for (String h : s.subheadings()) {
                if (!text.contains(h)) failures.add(id + "missing subheading: " + h);
            }
            List<String> boilerplate = new ArrayList<>(PageLabels.of(r.outlet().language()).boilerplate());
            boilerplate.addAll(List.of(ArticlePage.INLINE_CSS, "width: 300px", "dataLayer", "adsbygoogle", "Facebook", "WhatsApp",
                    r.outlet().tagline(), "©"));
            released.stream().filter(o -> o != r && o.outlet() == r.outlet()).forEach(o -> boilerplate.add(o.story().headline()));
            for (String b : boilerplate) {
                if (text.contains(b)) failures.add(id + "boilerplate in text: " + b);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void storiesComeOutOnePerIntervalAndUnreleasedPagesAre404() throws Exception {
        List<ReleasedStory> all = server.schedule().all();
        int initial = server.releasedCount();
        assertThat(initial).isEqualTo((all.size() + 2) / 3);
        ReleasedStory next = all.get(initial);
        assertThat(next.published()).isEqualTo(START.plus(INTERVAL));
        assertThat(server.nextRelease()).contains(START.plus(INTERVAL));
        for (ReleasedStory r : all.subList(0, initial)) assertThat(r.published()).isBefore(START);

        String url = server.baseUrl() + next.path();
        assertThat(get(url).statusCode()).isEqualTo(404);
        assertThat(get(server.baseUrl() + next.imagePath()).statusCode()).isEqualTo(404);
        DemoFeed feed = server.feedUrls().stream().filter(f -> f.outletSlug().equals(next.outlet().slug())).findFirst().orElseThrow();
        assertThat(feed(feed).items()).extracting(FeedItem::link).doesNotContain(url);

        clock.advance(INTERVAL.minusSeconds(1));
        assertThat(get(url).statusCode()).isEqualTo(404);
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(url).statusCode()).isEqualTo(200);
        assertThat(server.releasedCount()).isEqualTo(initial + 1);
        List<FeedItem> items = feed(feed).items();
        assertThat(items.getFirst().link()).isEqualTo(url);
        assertThat(items.getFirst().published().toInstant()).isEqualTo(START.plus(INTERVAL));

        clock.advance(INTERVAL.multipliedBy(all.size()));
        assertThat(server.releasedCount()).isEqualTo(all.size());
        assertThat(server.nextRelease()).isEmpty();
    }

    @Test
    void aLegacyCharsetOutletDeclaresItsCharset() throws Exception {
        ReleasedStory r = server.schedule().releasedAt(clock.instant()).stream()
                .filter(s -> !s.outlet().pageCharset().equals(java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
        HttpResponse<byte[]> page = get(server.baseUrl() + r.path());
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=windows-1251");
        String html = new String(page.body(), java.nio.charset.Charset.forName("windows-1251"));
        assertThat(html).contains("<meta charset=\"windows-1251\">").contains(r.story().headline());
    }

    @Test
    void theScheduleIsDeterministicGivenTheClock() {
        try (DemoOutletServer other = new DemoOutletServer(new ManualClock(START), INTERVAL, 0)) {
            assertThat(other.schedule().all()).isEqualTo(server.schedule().all());
        }
        // a restart later, counting from the first start, keeps every date (and so every URL)
        try (DemoOutletServer restarted = new DemoOutletServer(new ManualClock(START.plus(Duration.ofHours(5))), START, INTERVAL, 0)) {
            assertThat(restarted.schedule().all()).isEqualTo(server.schedule().all());
            assertThat(restarted.releasedCount()).isGreaterThan(server.releasedCount());
        }
    }

    @Test
    void conditionalGetsOfFeedsAndPagesAnswer304UntilSomethingIsPublished() throws Exception {
        for (DemoFeed f : server.feedUrls()) {
            HttpResponse<byte[]> first = get(f.url());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(get(f.url(), "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(get(f.url(), "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
            assertThat(get(f.url(), "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        }
        ReleasedStory out = server.schedule().releasedAt(clock.instant()).getFirst();
        String page = server.baseUrl() + out.path();
        String etag = get(page).headers().firstValue("ETag").orElseThrow();
        assertThat(get(page, "If-None-Match", etag).statusCode()).isEqualTo(304);

        // a release changes the feed of the outlet that published
        ReleasedStory next = server.schedule().all().get(server.releasedCount());
        DemoFeed feed = server.feedUrls().stream().filter(f -> f.outletSlug().equals(next.outlet().slug())).findFirst().orElseThrow();
        HttpResponse<byte[]> before = get(feed.url());
        clock.advance(INTERVAL);
        HttpResponse<byte[]> after = get(feed.url(), "If-None-Match", before.headers().firstValue("ETag").orElseThrow(),
                "If-Modified-Since", before.headers().firstValue("Last-Modified").orElseThrow());
        assertThat(after.statusCode()).isEqualTo(200);
    }
}
