package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void separatesBlocksWithBlankLinesAndCollapsesWhitespace() {
        var doc = Jsoup.parseBodyFragment("<h2>Port  news</h2><p>First\n paragraph <b>bold</b>.</p><ul><li>one</li><li>two</li></ul><p>a<br>b</p>");
        assertThat(PlainText.of(doc.body())).isEqualTo("Port news\n\nFirst paragraph bold.\n\none\n\ntwo\n\na\nb");
    }

    @Test
    void neverIncludesStyleOrScriptContent() {
        var doc = Jsoup.parseBodyFragment("<p>Text</p><style>.in_text_content_22 {width: 300px}</style><script>alert(1)</script><noscript>no</noscript><p>More</p>");
        assertThat(PlainText.of(doc.body())).isEqualTo("Text\n\nMore");
    }

    @Test
    void emptyInputGivesEmptyText() {
        assertThat(PlainText.of(Jsoup.parseBodyFragment("").body())).isEmpty();
    }
}
