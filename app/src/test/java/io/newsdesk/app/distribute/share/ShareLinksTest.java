package io.newsdesk.app.distribute.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.distribute.share.ShareLinks.ShareLink;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share links: plain links whose parameters survive a title with {@code &}, {@code #}, {@code +} and spaces. */
class ShareLinksTest {
    static final String TITLE = "Fish & chips #1: prices up + 5% in Port Iselle";
    static final String URL = "https://news.example/article/fish-chips-1";

    @Test
    void everyParameterIsPercentEncoded() {
        Map<String, String> byName = new LinkedHashMap<>();
        for (ShareLink l : ShareLinks.of(URL, TITLE)) byName.put(l.name(), l.url());
        assertThat(byName.keySet()).containsExactly("Telegram", "X", "Facebook", "E-mail");

        String encodedTitle = "Fish%20%26%20chips%20%231%3A%20prices%20up%20%2B%205%25%20in%20Port%20Iselle";
        String encodedUrl = "https%3A%2F%2Fnews.example%2Farticle%2Ffish-chips-1";
        assertThat(byName.get("Telegram")).isEqualTo("https://t.me/share/url?url=" + encodedUrl + "&text=" + encodedTitle);
        assertThat(byName.get("X")).isEqualTo("https://twitter.com/intent/tweet?url=" + encodedUrl + "&text=" + encodedTitle);
        assertThat(byName.get("Facebook")).isEqualTo("https://www.facebook.com/sharer/sharer.php?u=" + encodedUrl);
        assertThat(byName.get("E-mail")).isEqualTo("mailto:?subject=" + encodedTitle + "&body=" + encodedTitle + "%0A%0A" + encodedUrl);

        // read back as a service would: the title and the URL come out whole, the '#' did not start a fragment
        URI telegram = URI.create(byName.get("Telegram"));
        assertThat(telegram.getRawFragment()).isNull();
        assertThat(query(telegram.getRawQuery())).containsEntry("url", URL).containsEntry("text", TITLE).hasSize(2);
        assertThat(query(URI.create(byName.get("Facebook")).getRawQuery())).containsEntry("u", URL).hasSize(1);
        assertThat(query(URI.create(byName.get("E-mail")).getRawSchemeSpecificPart().substring(1)))
                .containsEntry("subject", TITLE).containsEntry("body", TITLE + "\n\n" + URL);
    }

    @Test
    void theArticlePageOffersThemAsPlainAccessibleLinks(@TempDir Path dir) throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            var section = site.stores.sections().bySlug("economy").orElseThrow();
            Article a = new ArticleWriter(site.stores.jdbi(), site.stores.articles()).save(new ArticleDraft(TITLE, null,
                    "<p>Prices of fish and chips rose by five per cent.</p>", "http://news.test/", null, null, null, section.id(),
                    List.of(), "en", ArticleStatus.PUBLISHED, Instant.now(), null, null));
            site.site.contentChanged();
            Document page = Jsoup.parse(site.get("/article/" + a.slug()).body());
            Element share = page.selectFirst("nav.share[aria-label]");
            assertThat(share).isNotNull();
            assertThat(share.select("script")).isEmpty();
            var links = share.select("a");
            assertThat(links.eachText()).containsExactly("Telegram", "X", "Facebook", "E-mail");
            assertThat(links.eachAttr("aria-label")).containsExactly("Share on Telegram", "Share on X", "Share on Facebook",
                    "Share by e-mail");
            assertThat(links.eachAttr("rel")).containsOnly("noopener");
            String canonical = page.selectFirst("link[rel=canonical]").attr("href");
            assertThat(links.eachAttr("href")).containsExactlyElementsOf(
                    ShareLinks.of(canonical, a.title()).stream().map(ShareLink::url).toList());
            assertThat(query(URI.create(links.get(0).attr("href")).getRawQuery())).containsEntry("url", canonical)
                    .containsEntry("text", TITLE);
            // the page loads nothing from the services
            assertThat(page.select("script[src], iframe")).isEmpty();
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
