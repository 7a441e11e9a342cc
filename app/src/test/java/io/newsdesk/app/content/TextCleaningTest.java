package io.newsdesk.app.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleaningTest {
    @Test
    void excerptIsAtMostThirtyWordsCutAtAWordWithAnEllipsis() {
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                + "seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six "
                + "twenty-seven twenty-eight twenty-nine thirty, thirty-one thirty-two";
        String excerpt = Excerpts.of(text);
        assertThat(excerpt).endsWith("thirty…");
        assertThat(excerpt.split("\\s+")).hasSize(30);
        assertThat(Excerpts.of("Short text stays whole.")).isEqualTo("Short text stays whole.");
        assertThat(Excerpts.of("")).isEmpty();
    }

    @Test
    void cleanTextDropsTagsStyleAndScriptBodies() {
        assertThat(CleanText.of("<b>Port</b> news<style>.in_text_content_22 {width: 300px}</style><script>x()</script> &amp; more"))
                .isEqualTo("Port news & more");
        assertThat(CleanText.of("  plain   title ")).isEqualTo("plain title");
        // control characters mean nothing to a reader and cannot appear in XML feeds at all
        assertThat(CleanText.of("Bell\u0007 rings\u0000 \u001b[1mloud\t\nly")).isEqualTo("Bell rings [1mloud ly");
        assertThat(CleanText.optional("<style>a{}</style>")).isNull();
    }

    @Test
    void shortenCutsAtAWordBoundary() {
        assertThat(CleanText.shorten("Russia needs security guarantees from the West, Macron says", 40))
                .isEqualTo("Russia needs security guarantees from…");
        assertThat(CleanText.shorten("Short", 40)).isEqualTo("Short");
    }

    @Test
    void slugsAreReadableLatinAlsoForCyrillic() {
        assertThat(Slugs.of("Port Iselle: records, again!")).isEqualTo("port-iselle-records-again");
        assertThat(Slugs.of("Київ відкриває новий порт")).isEqualTo("kyiv-vidkryvaie-novyi-port");
        assertThat(Slugs.of("Съезд в Москве выбрал")).isEqualTo("sezd-v-moskve-vybral");
        assertThat(Slugs.of("Café Zürich")).isEqualTo("cafe-zurich");
        assertThat(Slugs.of("!!!")).isEqualTo("article");
        assertThat(Slugs.of("word ".repeat(40)).length()).isLessThanOrEqualTo(80);
    }

    @Test
    void bodySanitizerKeepsSemanticHtmlAndRemovesEverythingElse() {
        BodyHtml.Clean clean = BodyHtml.sanitize("""
                <p style="color:red" onclick="x()">First <a href="/x">link</a>.</p>
                <style>.in_text_content_22 {width: 300px; height: 600px}</style>
                <script>alert(1)</script>
                <div class="ad-slot">Advertisement text</div>
                <ins class="adsbygoogle"></ins>
                <iframe src="https://evil.example"></iframe>
                <figure><img src="/i.png" onerror="x()"><figcaption>Caption</figcaption></figure>
                <h2>Sub</h2><blockquote><p>Quote</p></blockquote>""", "https://outlet.example/news/1");
        assertThat(clean.html()).contains("<p>First <a href=\"https://outlet.example/x\" rel=\"noopener\">link</a>.</p>")
                .contains("<figcaption>Caption</figcaption>").contains("<h2>Sub</h2>").contains("<blockquote>")
                .contains("src=\"https://outlet.example/i.png\"")
                .doesNotContain("style", "script", "onclick", "onerror", "iframe", "Advertisement", "adsbygoogle", "300px");
        assertThat(clean.text()).isEqualTo("First link.\n\nCaption\n\nSub\n\nQuote");
    }
}
