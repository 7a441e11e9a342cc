package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.translate.ArticleTranslations;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.Segments;
import io.newsdesk.app.translate.TranslationMemory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's review of held translations, over HTTP: list, side by side, approve (published, remembered), reject. */
class ReviewFlowTest {
    @TempDir
    Path dir;

    private static Article held(TestSite site, String title, String body) {
        String section = site.stores.sections().bySlug("world").orElseGet(() -> site.stores.sections().create("world", "World", null, 1)).id();
        String outlet = site.stores.outlets().bySlug("nk").orElseGet(() -> site.stores.outlets().create("nk", "Nordküsten-Rundschau",
                "https://nk.example", "de", null)).id();
        ArticleDraft draft = new ArticleDraft(title, null, body, "https://nk.example/a", null, null, null, section, List.of(), "de",
                ArticleStatus.HELD, Instant.now(), null, new ArticleDraft.Imported(outlet, "https://nk.example/a/" + title.length(), title, "de", false));
        TranslationMemory memory = new TranslationMemory(site.db.jdbi(), Clock.systemUTC());
        ArticleTranslations translations = new ArticleTranslations(site.db.jdbi(), memory, Clock.systemUTC());
        return site.db.jdbi().inTransaction(h -> {
            Article a = new ArticleWriter(site.db.jdbi(), site.stores.articles()).save(h, draft);
            translations.start(h, a.id(), new LanguagePair("de", "en"), Segments.of(a.title(), null, null, a.bodyHtml()));
            return a;
        });
    }

    private static String form(String csrf, String... segments) {
        StringBuilder b = new StringBuilder("csrf=" + csrf);
        for (int i = 0; i < segments.length; i++) {
            b.append("&s").append(i).append('=').append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    @Test
    void anEditorApprovesATranslationWhichIsPublishedAndRemembered() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            Article a = held(site, "Hafenbrücke wieder offen", "<p>Die Brücke ist wieder offen.</p><p>Die Anwohner freuen sich.</p>");
            assertThat(site.get("/admin/review").statusCode()).isEqualTo(303);
            String cookie = site.adminCookie();

            Document list = Jsoup.parse(site.get("/admin/review", "Cookie", cookie).body());
            assertThat(list.select("#review-" + a.id() + " h2").text()).isEqualTo("Hafenbrücke wieder offen");
            assertThat(list.text()).contains("German").contains("waiting for a translation");

            Document page = Jsoup.parse(site.get("/admin/review/" + a.id(), "Cookie", cookie).body());
            assertThat(page.select("textarea")).hasSize(3);
            assertThat(page.select(".source").eachText()).containsExactly("Hafenbrücke wieder offen", "Die Brücke ist wieder offen.",
                    "Die Anwohner freuen sich.");
            String csrf = page.selectFirst("form.review-form input[name=csrf]").val();

            var incomplete = site.postForm("/admin/review/" + a.id() + "/approve", form(csrf, "Harbour bridge open again", "", "x"),
                    "Cookie", cookie);
            assertThat(incomplete.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(incomplete.body()).select("[role=alert]").text()).contains("paragraph 1 is empty");
            assertThat(site.stores.articles().byId(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.HELD);

            assertThat(site.postForm("/admin/review/" + a.id() + "/approve", form("wrong", "a", "b", "c"), "Cookie", cookie).statusCode())
                    .isEqualTo(403);
            var approved = site.postForm("/admin/review/" + a.id() + "/approve", form(csrf, "Harbour bridge open again",
                    "The bridge is open <em>again</em>.<script>alert(1)</script>", "Residents are pleased."), "Cookie", cookie);
            assertThat(approved.statusCode()).isEqualTo(303);

            Article published = site.stores.articles().byId(a.id()).orElseThrow();
            assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(published.title()).isEqualTo("Harbour bridge open again");
            assertThat(published.bodyHtml()).isEqualTo("<p>The bridge is open <em>again</em>.</p><p>Residents are pleased.</p>");
            assertThat(published.originalTitle()).isEqualTo("Hafenbrücke wieder offen");
            assertThat(published.translated()).isTrue();
            assertThat(published.language()).isEqualTo("en");
            Document article = Jsoup.parse(site.get("/article/" + published.slug()).body());
            assertThat(article.select("header .translation-notice").text()).startsWith("Translated from German by an editor. Read the original at ");
            assertThat(new TranslationMemory(site.db.jdbi(), Clock.systemUTC()).exact(new LanguagePair("de", "en"),
                    "Die Anwohner freuen sich.")).contains("Residents are pleased.");
            assertThat(Jsoup.parse(site.get("/admin/review", "Cookie", cookie).body()).text()).contains("Nothing is waiting");
        }
    }

    @Test
    void anEditorRejectsAnArticleWhichIsNeverPublished() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            Article a = held(site, "Ein Gerücht", "<p>Angeblich ist etwas passiert.</p>");
            String cookie = site.adminCookie();
            String csrf = Jsoup.parse(site.get("/admin/review/" + a.id(), "Cookie", cookie).body())
                    .selectFirst("form.reject-form input[name=csrf]").val();
            assertThat(site.postForm("/admin/review/" + a.id() + "/reject", "csrf=" + csrf + "&reason=unconfirmed+rumour",
                    "Cookie", cookie).statusCode()).isEqualTo(303);
            Article rejected = site.stores.articles().byId(a.id()).orElseThrow();
            assertThat(rejected.status()).isEqualTo(ArticleStatus.DRAFT); // never public: not "withdrawn" (410)
            assertThat(site.get("/article/" + rejected.slug()).statusCode()).isEqualTo(404);
            String reason = site.db.jdbi().withHandle(h -> h.createQuery("SELECT hold_reason FROM articles").mapTo(String.class).one());
            assertThat(reason).isEqualTo("rejected by an editor: unconfirmed rumour");
        }
    }

    @Test
    void theReviewPageOffersTheMemorysNearestTranslation() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            Article a = held(site, "Hafenbrücke wieder offen", "<p>Die Brücke ist wieder offen.</p><p>Ganz neu hier.</p>");
            site.db.jdbi().useHandle(h -> new TranslationMemory(site.db.jdbi(), Clock.systemUTC()).store(h,
                    new LanguagePair("de", "en"), "Die Brücke ist wieder geöffnet.", "The bridge has reopened.",
                    TranslationMemory.EDITOR, null));
            Document page = Jsoup.parse(site.get("/admin/review/" + a.id(), "Cookie", site.adminCookie()).body());
            assertThat(page.select(".suggestion")).hasSize(1);
            assertThat(page.selectFirst(".suggestion").text()).contains("The bridge has reopened.").contains("67% like");
        }
    }
}
