package io.newsdesk.app.demo.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.ManualClock;
import io.newsdesk.app.content.BodyHtml;
import io.newsdesk.app.content.CleanText;
import io.newsdesk.app.ingest.feed.FeedItem;
import io.newsdesk.app.ingest.feed.FeedParser;
import io.newsdesk.app.translate.Segments;
import io.newsdesk.extract.ExtractedArticle;
import io.newsdesk.extract.Extractor;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * demo/translation-memory.json covers every segment the importer takes from the translated demo stories
 * (feed title, lead-image caption, body blocks of the extracted and sanitized page), and none of the others.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DemoTranslationMemoryTest {
    static final String RESOURCE = "/demo/translation-memory.json";
    /** Stories shipped with human translations, by id, with their language pair. */
    static final Map<String, String> TRANSLATED = Map.of(
            "pg-venmouth-kholodilnik", "ru-en",
            "pg-kvillon-karty", "ru-en",
            "mv-porom-rozklad", "uk-en");

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-20T09:00:00Z"));
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    DemoOutletServer server;

    @BeforeEach
    void start() {
        server = new DemoOutletServer(clock, Duration.ofSeconds(90), 0).start();
        clock.advance(Duration.ofSeconds(90).multipliedBy(server.catalog().stories().size() + 1)); // everything out
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    /** Whitespace collapsed and trimmed, as TranslationMemory matches sources. */
    static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Source segment to target, per language pair. */
    static Map<String, Map<String, String>> memory() throws Exception {
        JsonNode root;
        try (InputStream in = DemoTranslationMemoryTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            root = new ObjectMapper().readTree(in);
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        for (JsonNode part : root.isArray() ? root : List.of(root)) {
            assertThat(part.path("engine").asText()).isNotBlank();
            Map<String, String> pair = out.computeIfAbsent(part.path("pair").asText(), k -> new HashMap<>());
            for (JsonNode seg : part.path("segments")) {
                String source = seg.path("source").asText(), target = seg.path("target").asText();
                assertThat(target).as("target of " + source).isNotBlank().isNotEqualTo(source);
                assertThat(pair.put(normalize(source), target)).as("duplicate " + source).isNull();
            }
        }
        return out;
    }

    HttpResponse<byte[]> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The segments the importer stores for a story: as ItemStep and ArticleWriter take them. */
    List<String> importedSegments(ReleasedStory r, Map<String, FeedItem> feedItems, Extractor extractor) throws Exception {
        String url = server.baseUrl() + r.path();
        FeedItem item = feedItems.get(url);
        assertThat(item).as("feed item of " + r.story().id()).isNotNull();
        HttpResponse<byte[]> page = get(url);
        assertThat(page.statusCode()).as(url).isEqualTo(200);
        ExtractedArticle x = extractor.extract(page.body(), url, page.headers().firstValue("Content-Type").orElse(null));
        String body = BodyHtml.sanitize(x.bodyHtml(), url).html();
        String caption = x.leadImage() == null ? null : CleanText.optional(x.leadImage().caption());
        return Segments.of(CleanText.of(item.title()), null, caption, body).all();
    }

    @Test
    void everySegmentOfTheTranslatedStoriesIsInTheMemoryAndTheOthersWait() throws Exception {
        Map<String, Map<String, String>> memory = memory();
        assertThat(memory.keySet()).containsExactlyInAnyOrder("ru-en", "uk-en");
        Map<String, FeedItem> feedItems = new HashMap<>();
        for (DemoFeed f : server.feedUrls()) {
            HttpResponse<byte[]> r = get(f.url());
            for (FeedItem i : FeedParser.parse(r.body(), f.url(), r.headers().firstValue("Content-Type").orElse(null)).items()) {
                feedItems.put(i.link(), i);
            }
        }
        Extractor extractor = new Extractor();
        List<String> missing = new ArrayList<>();
        Map<String, Set<String>> used = new HashMap<>();
        for (ReleasedStory r : server.schedule().all()) {
            String language = r.outlet().language();
            if (language.equals("en")) continue;
            List<String> segments = importedSegments(r, feedItems, extractor);
            String pair = TRANSLATED.get(r.story().id());
            if (pair == null) {
                // left for the review queue: not even its title is translated
                Map<String, String> mine = memory.getOrDefault(language + "-en", Map.of());
                assertThat(mine).as("untranslated " + r.story().id()).doesNotContainKey(normalize(segments.getFirst()));
                continue;
            }
            assertThat(pair).isEqualTo(language + "-en");
            assertThat(segments.size()).as(r.story().id()).isGreaterThan(r.story().paragraphs().size());
            for (String s : segments) {
                if (!memory.get(pair).containsKey(normalize(s))) missing.add(r.story().id() + ": " + s);
                used.computeIfAbsent(pair, k -> new HashSet<>()).add(normalize(s));
            }
        }
        assertThat(missing).as("segments without a translation").isEmpty();
        // and nothing in the file that the importer never asks for (a typo would leave a segment untranslated)
        for (var e : memory.entrySet()) assertThat(used.get(e.getKey())).as(e.getKey()).containsAll(e.getValue().keySet());
    }
}
