package io.newsdesk.app.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

    @Test
    void sameItemInTwoFeedsWithDifferentTrackingGivesOneCanonicalUrl() throws Exception {
        FeedItem a = Fixtures.parse("tracking-a.xml", "https://a.example/rss", null).items().get(0);
        FeedItem b = Fixtures.parse("tracking-b.xml", "https://b.example/atom", null).items().get(0);

        assertThat(a.link()).isNotEqualTo(b.link());
        assertThat(UrlNormalizer.canonical(a.link()))
                .isEqualTo(UrlNormalizer.canonical(b.link()))
                .isEqualTo("https://shared.example/story/42?id=7&page=2");
    }

    @Test
    void lowerCasesSchemeAndHostAndDropsDefaultPortsAndFragments() {
        assertThat(UrlNormalizer.canonical("HTTP://News.Example.COM:80/Path/Case#x")).isEqualTo("http://news.example.com/Path/Case");
        assertThat(UrlNormalizer.canonical("https://news.example.com:443")).isEqualTo("https://news.example.com/");
        assertThat(UrlNormalizer.canonical("https://news.example.com:8443/a")).isEqualTo("https://news.example.com:8443/a");
    }

    @Test
    void trailingSlashIsRemovedConsistentlyButRootKeepsOne() {
        assertThat(UrlNormalizer.canonical("https://x.example/a/b/")).isEqualTo(UrlNormalizer.canonical("https://x.example/a/b"));
        assertThat(UrlNormalizer.canonical("https://x.example")).isEqualTo("https://x.example/");
        assertThat(UrlNormalizer.canonical("https://x.example/?")).isEqualTo("https://x.example/");
        assertThat(UrlNormalizer.canonical("https://x.example/a/./c/../b/")).isEqualTo("https://x.example/a/b");
    }

    @Test
    void dropsTrackingParametersAndSortsTheRest() {
        assertThat(UrlNormalizer.canonical(
                "https://x.example/s?z=1&utm_source=a&UTM_Campaign=b&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&yclid=5&_ga=6&a=2&ref_src=twsrc"))
                .isEqualTo("https://x.example/s?a=2&z=1");
    }

    @Test
    void refIsDroppedOnlyWhenItClearlyNamesATrafficSource() {
        assertThat(UrlNormalizer.canonical("https://x.example/s?ref=rss")).isEqualTo("https://x.example/s");
        assertThat(UrlNormalizer.canonical("https://git.example/tree?ref=v2.1")).isEqualTo("https://git.example/tree?ref=v2.1");
    }

    @Test
    void messyRealWorldUrlsAreEscapedNotRejected() {
        assertThat(UrlNormalizer.canonical("https://x.example/новости/a b?q=%c3%a9"))
                .isEqualTo("https://x.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/a%20b?q=%C3%A9");
        assertThat(UrlNormalizer.canonical("https://Bücher.example/x")).isEqualTo("https://xn--bcher-kva.example/x");
    }

    @Test
    void rejectsWhatIsNotAnAbsoluteUrl() {
        assertThatThrownBy(() -> UrlNormalizer.canonical("/relative/path")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlNormalizer.canonical("mailto:a@b.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlNormalizer.canonical(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
