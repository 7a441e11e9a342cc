package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.ingest.feed.FeedItem;
import io.newsdesk.app.ingest.feed.FeedKind;
import io.newsdesk.app.ingest.feed.FeedParser;
import io.newsdesk.app.ingest.feed.ParsedFeed;
import io.newsdesk.app.ingest.stories.MinHashSignature;
import io.newsdesk.extract.ExtractedArticle;
import io.newsdesk.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ingestion benchmark's outlets: what the benchmark's validity rests on, on a small fixture. */
class IngestFixtureTest {
    private static final Instant NEWEST = Instant.parse("2026-11-27T12:00:00Z");
    private final IngestFixture fixture = new IngestFixture(4, 25, 1, NEWEST, true, 8080);

    @Test
    void feedsParseAndLinkEveryArticlePage() throws Exception {
        for (int f = 0; f < fixture.feeds(); f++) {
            ParsedFeed feed = FeedParser.parse(fixture.rss(f).getBytes(StandardCharsets.UTF_8), fixture.feedUrl(f),
                    "application/rss+xml; charset=utf-8");
            assertThat(feed.kind()).isEqualTo(FeedKind.RSS);
            assertThat(feed.items()).hasSize(fixture.items());
            for (int i = 0; i < fixture.items(); i++) {
                FeedItem item = feed.items().get(i);
                assertThat(item.link()).isEqualTo(fixture.base(f) + fixture.articlePath(f, i))
                        .startsWith("http://127.0.0." + (f + 1) + ":8080/o" + f + "/");
                assertThat(item.title()).isEqualTo(fixture.story(f, i).title());
            }
        }
    }

    @Test
    void pagesAreOutletSizedDistinctAndTheSameForTheSameSeed() {
        Set<String> texts = new HashSet<>();
        for (int f = 0; f < fixture.feeds(); f++) {
            for (int i = 0; i < fixture.items(); i++) {
                String page = fixture.page(f, i);
                assertThat(page.getBytes(StandardCharsets.UTF_8).length).as("page %d/%d", f, i).isBetween(30 * 1024, 150 * 1024);
                IngestFixture.Story s = fixture.story(f, i);
                int words = String.join(" ", s.paragraphs()).split(" ").length;
                assertThat(words).isBetween(400, 900);
                assertThat(texts.add(String.join("\n", s.paragraphs()))).isTrue();
            }
        }
        IngestFixture again = new IngestFixture(4, 25, 1, NEWEST, true, 8080);
        assertThat(again.page(2, 7)).isEqualTo(fixture.page(2, 7));
        assertThat(new IngestFixture(4, 25, 2, NEWEST, true, 8080).page(2, 7)).isNotEqualTo(fixture.page(2, 7));
        assertThat(fixture.page(4, 0)).isNull();
    }

    /** The extractor finds the article and leaves the furniture; two articles look like two stories. */
    @Test
    void extractorKeepsTheArticleAndArticlesAreNotOneStory() {
        Extractor extractor = new Extractor();
        List<MinHashSignature> sketches = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int f = i % fixture.feeds(); // every layout
            String url = fixture.base(f) + fixture.articlePath(f, i);
            ExtractedArticle x = extractor.extract(fixture.page(f, i).getBytes(StandardCharsets.UTF_8), url, "text/html; charset=utf-8");
            IngestFixture.Story s = fixture.story(f, i);
            assertThat(x.title()).isEqualTo(s.title());
            assertThat(x.text()).contains(s.paragraphs().getFirst()).contains(s.paragraphs().getLast())
                    .doesNotContain("Sponsored", "Post comment", "Most read", "All rights reserved");
            sketches.add(MinHashSignature.of(s.title() + "\n" + x.text()));
        }
        for (int a = 0; a < sketches.size(); a++) {
            for (int b = a + 1; b < sketches.size(); b++) {
                assertThat(sketches.get(a).jaccard(sketches.get(b))).isLessThan(0.1);
            }
        }
    }
}
