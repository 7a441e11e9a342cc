package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: for random documents assembled from article and boilerplate fragments, the extracted
 * text never contains CSS, script or markup; and a seeded random-mutation robustness check.
 */
class ExtractorPropertyTest {
    private static final List<String> ARTICLE = List.of(
            "<p>The council approved the budget on Monday after a long debate, officials said in a statement.</p>",
            "<p>Residents, who had protested for weeks, welcomed the decision but asked for more money for schools.</p>",
            "<h2>What comes next</h2>",
            "<ul><li>Roads are repaired first, starting in the north of the city.</li><li>Schools follow in autumn.</li></ul>",
            "<blockquote><p>We listened to the people of this city, and this is the result.</p></blockquote>",
            "<figure><img src=\"/a.jpg\"><figcaption>The council chamber <span class=\"credit\">Photo: J. Doe</span></figcaption></figure>",
            "<p>The mayor said <em>the plan</em> would be reviewed <a href=\"/review\">next year</a> by an independent panel.</p>",
            "<table><tr><td>Roads</td><td>40%</td></tr><tr><td>Schools</td><td>35%</td></tr></table>");
    private static final List<String> BOILER = List.of(
            "<style>.in_text_content_22 {width: 300px; height: 600px;}</style>",
            "<script>function ad(){ var x = {a: 1}; return x; }</script>",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>",
            "<noscript><img src=\"/pixel.gif\"> function(</noscript>",
            "<div class=\"share\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a></div>",
            "<div class=\"ad-slot\">- A word from our sponsors -<ins class=\"adsbygoogle\"></ins></div>",
            "<p>Advertisement</p>",
            "<div id=\"comments\"><h3>LEAVE A REPLY</h3><form><textarea>Please enter your comment!</textarea></form></div>",
            "<div class=\"related\"><h3>Read Now</h3><ul><li><a href=\"/x\">Other story</a></li></ul></div>",
            "<nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav>",
            "<div style=\"display:none\">&lt;b&gt;hidden&lt;/b&gt;</div>",
            "<template><p>template</p></template>",
            "<svg><style>.c{fill:red}</style><text>svg text</text></svg>",
            "<iframe src=\"/frame\">frame text</iframe>",
            "<!-- a comment <p>not text</p> -->");
    private static final List<String> WRAPPERS_OPEN = List.of("<div>", "<article>", "<div class=\"article-body\">",
            "<section>", "<div class=\"content\">", "<main>", "");

    @Test
    void extractedTextNeverContainsCssScriptOrMarkup() {
        Random rnd = new Random(20240517L);
        Extractor ex = new Extractor();
        for (int run = 0; run < 300; run++) {
            StringBuilder sb = new StringBuilder("<html><head><title>Budget approved | City News</title>");
            if (rnd.nextBoolean()) sb.append(BOILER.get(rnd.nextInt(3)));
            sb.append("</head><body>");
            String open = WRAPPERS_OPEN.get(rnd.nextInt(WRAPPERS_OPEN.size()));
            sb.append(open);
            int n = 3 + rnd.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(rnd.nextInt(3) == 0 ? BOILER.get(rnd.nextInt(BOILER.size())) : ARTICLE.get(rnd.nextInt(ARTICLE.size())));
                if (rnd.nextInt(10) == 0) sb.append("<div>");
            }
            if (!open.isEmpty()) sb.append("</").append(open, 1, open.indexOf(open.contains(" ") ? ' ' : '>')).append('>');
            sb.append("</body></html>");
            String html = sb.toString();
            ExtractedArticle a = ex.extract(html, "https://city.example/2024/05/17/budget");
            assertThat(a.text()).as(html)
                    .doesNotContain("{", "}", "<", ">", "function(", "function ad", "width:", "adsbygoogle", "@type", "fill:", "svg text",
                            "frame text", "template", "hidden", "not text");
            assertThat(a.bodyHtml()).doesNotContain("<script", "<style", "<iframe", "<svg", "<noscript", "<template");
        }
    }

    @Test
    void randomMutationsNeverThrowAndStayFast() {
        Random rnd = new Random(7L);
        Extractor ex = new Extractor();
        byte[] base = ExtractorTest.fixture("boilerplate-inside-article.html");
        for (int run = 0; run < 400; run++) {
            byte[] b = base.clone();
            int edits = 1 + rnd.nextInt(40);
            for (int i = 0; i < edits; i++) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            if (rnd.nextBoolean()) b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length + 1));
            long t0 = System.nanoTime();
            ExtractedArticle a = ex.extract(b, rnd.nextBoolean() ? null : "::bad url::", rnd.nextBoolean() ? null : "text/html; charset=koi8-r");
            assertThat(a).isNotNull();
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
        }
    }
}
