package io.newsdesk.app.site.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsdesk.app.PathologicalText;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Link finding runs in time linear in the comment. The bound is generous on purpose: before the fix the
 * link pattern's \b scanned back over every combining mark, 0.3 s for 5,000 characters and so, being
 * quadratic, about two minutes for the 100,000 used here; linear work takes milliseconds.
 */
class CommentTextTest {
    static final Duration GENEROUS = Duration.ofSeconds(2);

    static String zalgo(int marks) {
        StringBuilder s = new StringBuilder("Z");
        for (int i = 0; i < marks; i++) s.append((char) ('\u0300' + i % 0x70));
        return s.toString();
    }

    @Test
    void combiningMarksAreLinear() {
        String text = zalgo(100_000);
        assertTimeoutPreemptively(GENEROUS, () -> {
            assertThat(CommentText.countLinks(text)).isZero();
            assertThat(CommentText.toHtml(text)).startsWith("<p>Z");
        });
    }

    @Test
    void longRunsWithoutSpacesAreLinear() {
        String noSpaces = "x".repeat(100_000);
        String linkish = "www.".repeat(25_000);
        assertTimeoutPreemptively(GENEROUS, () -> {
            assertThat(CommentText.countLinks(noSpaces)).isZero();
            assertThat(CommentText.countLinks(linkish)).isEqualTo(1);
            assertThat(CommentText.toHtml(zalgo(50_000) + " https://example.org")).contains("href=\"https://example.org\"");
        });
    }

    @Test
    void nestedQuotesAndLinksInsideThemAreLinear() {
        String quotes = PathologicalText.nestedQuotes(50_000);
        String quotedLinks = PathologicalText.withoutSpaces("\"https://a.example/\"", 100_000);
        assertTimeoutPreemptively(GENEROUS, () -> {
            assertThat(CommentText.countLinks(quotes)).isZero();
            assertThat(CommentText.toHtml(quotes)).startsWith("<p>");
            assertThat(CommentText.countLinks(quotedLinks)).isGreaterThan(1000);
        });
    }

    @Test
    void linksStillStartOnlyAtAWordBoundary() {
        assertThat(CommentText.countLinks("see https://a.example, (www.b.example) and xhttp://c.example or awww.d.example")).isEqualTo(2);
        assertThat(CommentText.toHtml("Z\u0301 https://e.example/x."))
                .isEqualTo("<p>Z\u0301 <a href=\"https://e.example/x\" rel=\"nofollow ugc\">https://e.example/x</a>.</p>");
    }
}
