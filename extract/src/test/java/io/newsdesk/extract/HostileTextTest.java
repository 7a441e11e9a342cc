package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 (3): extraction runs in time linear in a hostile page. Each text goes into the places a page's
 * metadata and article come from (title, author meta tag, JSON-LD author, headline, paragraph). Before, an
 * author meta tag of 20,000 combining marks (or a long run of letters, digits or dots) took minutes: the byline
 * patterns backtracked over the whole run at every position. The bound is generous, a guard against quadratic
 * time (minutes here), not a speed test.
 */
class HostileTextTest {
    private static final Duration GENEROUS = Duration.ofSeconds(5);
    private static final int LENGTH = 20_000;

    private static String repeated(String unit) {
        StringBuilder s = new StringBuilder(LENGTH);
        while (s.length() < LENGTH) s.append(unit);
        s.setLength(LENGTH);
        return s.toString();
    }

    private static String combiningMarks() {
        StringBuilder s = new StringBuilder(LENGTH + 1).append('Z');
        for (int i = 0; i < LENGTH; i++) s.append((char) ('\u0300' + i % 0x70));
        return s.toString();
    }

    private static final String PARAGRAPH = "<p>Officials confirmed on Monday that the harbour bridge will reopen next week after repairs.</p>";

    @Test
    void hostileTextAnywhereInAPageIsExtractedInLinearTime() {
        Map<String, String> texts = Map.of("combining marks", combiningMarks(), "letters without a space", repeated("x"),
                "digits", repeated("1") + "x", "dots", repeated(".") + "x", "unclosed tags", repeated("<b>"),
                "at signs", repeated("a@"), "nested parentheses", repeated("("));
        Extractor extractor = new Extractor();
        for (var text : texts.entrySet()) {
            String t = text.getValue(), attr = t.replace("\"", "").replace("<", "");
            List<String> pages = List.of(
                    "<html><head><title>" + t + "</title></head><body><article><h1>Bridge reopens</h1>" + PARAGRAPH + "</article></body></html>",
                    "<html><head><meta name=\"author\" content=\"" + attr + "\"></head><body><article><h1>Bridge reopens</h1>" + PARAGRAPH
                            + "</article></body></html>",
                    "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\""
                            + attr + "\"}}</script></head><body><article><h1>Bridge reopens</h1>" + PARAGRAPH + "</article></body></html>",
                    "<html><body><article><h1>" + t + "</h1>" + PARAGRAPH + "</article></body></html>",
                    "<html><body><article><h1>Bridge reopens</h1><p>" + t + "</p>" + PARAGRAPH + "</article></body></html>");
            for (String page : pages) {
                assertTimeoutPreemptively(GENEROUS, () -> {
                    ExtractedArticle a = extractor.extract(page, "https://outlet.example/2026/06/bridge");
                    // no byline is made of the run: a name is short
                    assertThat(a.authors()).allSatisfy(name -> assertThat(name.length()).isLessThan(Authors.MAX_BYLINE_CHARS));
                }, () -> text.getKey() + " in " + page.substring(0, Math.min(60, page.length())).replace(t, "…"));
            }
        }
    }
}
