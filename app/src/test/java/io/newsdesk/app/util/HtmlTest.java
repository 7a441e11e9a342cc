package io.newsdesk.app.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void markupAndBothQuotesBecomeEntities() {
        assertThat(Html.escape("<b>Fish & \"chips\"</b> at Joe's"))
                .isEqualTo("&lt;b&gt;Fish &amp; &quot;chips&quot;&lt;/b&gt; at Joe&#39;s");
        assertThat(Html.escape("&amp;")).as("an entity already there is text too").isEqualTo("&amp;amp;");
    }

    @Test
    void controlCharactersAreDroppedExceptTab() {
        assertThat(Html.escape("a\tb\nc\r\u0000d\u0007e")).isEqualTo("a\tbcde");
    }

    @Test
    void otherTextIsKeptAsItIs() {
        assertThat(Html.escape("Київ — “quoted” 5 € ✓")).isEqualTo("Київ — “quoted” 5 € ✓");
        assertThat(Html.escape("")).isEmpty();
    }
}
