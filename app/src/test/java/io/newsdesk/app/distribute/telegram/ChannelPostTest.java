package io.newsdesk.app.distribute.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The post's text: escaping, limits counted on what the reader sees, cuts at word boundaries. */
class ChannelPostTest {
    static final String BASE = "https://news.example";

    PostableArticle article(String title, String excerpt, String image) {
        return new PostableArticle("id1", "a-slug", title, excerpt, image, true, "news", null, 1);
    }

    @Test
    void aLongExcerptIsCutAtAWordBoundarySoTheCaptionFits() {
        String excerpt = "Word".repeat(3) + " " + "the breakwater plan has many careful chapters ".repeat(60);
        ChannelPost post = ChannelPost.of(article("Short & sweet", excerpt, "https://img.example/a.jpg"), BASE);
        String seen = TelegramBotApiFakeServer.visible(post.html());
        assertThat(post.isPhoto()).isTrue();
        assertThat(seen.length()).isLessThanOrEqualTo(ChannelPost.CAPTION_LIMIT).isGreaterThan(ChannelPost.CAPTION_LIMIT - 60);
        assertThat(TelegramBotApiFakeServer.checkHtml(post.html(), ChannelPost.CAPTION_LIMIT, true)).isNull();
        String cutExcerpt = seen.split("\n\n")[1];
        assertThat(cutExcerpt).endsWith("…");
        assertThat(excerpt).contains(cutExcerpt.substring(0, cutExcerpt.length() - 1) + " ");
        assertThat(post.html()).startsWith("<b>Short &amp; sweet</b>");
    }

    @Test
    void aMessageHasTheLargerLimit() {
        String excerpt = "tide ".repeat(1500);
        ChannelPost post = ChannelPost.of(article("T", excerpt, null), BASE);
        int seen = TelegramBotApiFakeServer.visible(post.html()).length();
        assertThat(seen).isLessThanOrEqualTo(ChannelPost.MESSAGE_LIMIT).isGreaterThan(ChannelPost.CAPTION_LIMIT);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String emoji = "\uD83C\uDF0A".repeat(20); // waves, no spaces
        String cut = ChannelPost.cut(emoji, 11);
        assertThat(cut.length()).isLessThanOrEqualTo(11);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void imagesBecomeAbsoluteAndSvgIsNoPhoto() {
        assertThat(ChannelPost.photoUrl("/media/a.jpg", BASE)).isEqualTo(BASE + "/media/a.jpg");
        assertThat(ChannelPost.photoUrl("https://cdn.example/a.png?w=1", BASE)).isEqualTo("https://cdn.example/a.png?w=1");
        assertThat(ChannelPost.photoUrl("/media/demo/a.svg", BASE)).isNull();
        assertThat(ChannelPost.photoUrl("javascript:alert(1)", BASE)).isNull();
    }

    @Test
    void theLinkAttributeIsEscaped() {
        ChannelPost post = ChannelPost.of(new PostableArticle("id", "a\"b&c", "T", "", null, true, "news", null, 1), BASE);
        assertThat(post.html()).contains("<a href=\"" + BASE + "/article/a&quot;b&amp;c\">");
    }
}
