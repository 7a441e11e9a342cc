package io.newsdesk.app.site.ads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.content.BodyHtml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-article ad's place read from the body's tags is the place a parse of the body finds. */
class TopLevelParagraphsTest {
    /** Bodies as they arrive (imports, editors), some hostile; the split sees them after the sanitizer. */
    static final List<String> RAW = List.of(
            "<p>One.</p><p>Two.</p><p>Three.</p>",
            "<p>One.</p>\n<p>Two.</p>\n",
            "<p>Only one.</p>",
            "",
            "Loose text<br>and more<p>First.</p><blockquote><p>Quoted, not top level.</p></blockquote><p>Second.</p><p>Third.</p>",
            "<div><p>In a div.</p><p>Also.</p></div><p>Top.</p><ul><li><p>In a list</p></li></ul><p>Top two.</p><p>End.</p>",
            "<p>A <a href=\"https://example.org/?a=1&b=<2>\" title='x > y \"q\"'>link</a> 1 &lt; 2 &gt; 0.</p><p>x</p><p>y</p>",
            "<figure><img src=\"https://example.org/a.jpg\" alt=\"a > b\"><figcaption>Cap <b>bold</b></figcaption></figure><p>One</p><hr><p>Two</p><p>Three</p>",
            "<p>Unclosed one<p>Unclosed two<p>Three",
            "<p>A<!-- a comment --></p><p>B</p><script>document.write('<p>x</p>')</script><style>p{}</style><p>C</p>",
            "<table><tr><td><p>cell</p></td></tr></table><p>after table</p><p>last</p>",
            "<p>Ünïcödé — “quotes” 日本語</p><p>Ελληνικά</p><p>Русский</p>",
            "<h2>Heading</h2><p>one</p><pre>  code &lt;p&gt; </pre><p>two</p><p>three</p>");

    @Test
    void theTagReadingSplitIsTheParsedSplitOnSanitizedBodies() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String raw : RAW) bodies.add(BodyHtml.sanitize(raw, "https://example.org/").html());
        try (InputStream in = getClass().getResourceAsStream("/demo/site.json")) {
            JsonNode site = new ObjectMapper().readTree(in);
            for (JsonNode a : site.get("articles")) bodies.add(BodyHtml.sanitize(a.get("body").asText(), null).html());
        }
        int read = 0;
        for (String body : bodies) {
            for (int n = 1; n <= 4; n++) {
                assertThat(AdPlacement.splitAfterParagraph(body, n)).as("paragraph %d of %s", n, body)
                        .containsExactly(AdPlacement.parsedSplit(body, n));
                if (TopLevelParagraphs.endOf(body, n) != TopLevelParagraphs.UNKNOWN) read++;
            }
        }
        assertThat(read).as("the sanitizer's bodies are read from their tags, not parsed").isEqualTo(4 * bodies.size());
    }

    @Test
    void whatIsNotTheSanitizersIsLeftToTheParser() {
        assertThat(TopLevelParagraphs.endOf("<p>a<!-- c --></p><p>b</p>", 1)).isEqualTo(TopLevelParagraphs.UNKNOWN);
        assertThat(TopLevelParagraphs.endOf("<p>a</p></div><p>b</p>", 2)).isEqualTo(TopLevelParagraphs.UNKNOWN);
        assertThat(TopLevelParagraphs.endOf("<p>a</p><p title=\"b", 2)).isEqualTo(TopLevelParagraphs.UNKNOWN);
        assertThat(AdPlacement.splitAfterParagraph("<p>a<!-- c --></p><p>b</p>", 1)).containsExactly("<p>a<!-- c --></p>", "<p>b</p>");
        assertThat(TopLevelParagraphs.endOf("<p>a</p><p>b</p>", 1)).isEqualTo(8);
        assertThat(TopLevelParagraphs.endOf("<p>a</p><p>b</p>", 3)).isEqualTo(TopLevelParagraphs.FEWER);
    }
}
