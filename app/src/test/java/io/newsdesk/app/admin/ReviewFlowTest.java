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
import io.newsdesk.app.translate.TranslationSetup;
import io.newsdesk.app.translate.remote.FakeLibreTranslateServer;
import java.util.Map;
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

    @Test
    void aWaitingArticleWithNoEngineIsPublishedInTheOriginalMarkedAsNotTranslated() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            Article a = held(site, "Hafenbrücke wieder offen", "<p>Die Brücke ist wieder offen.</p>");
            String cookie = site.adminCookie();
            // the dashboard counts it and leads to the review
            Document dashboard = Jsoup.parse(site.get("/admin", "Cookie", cookie).body());
            assertThat(dashboard.select("ul.counts a[href=/admin/review]").text()).isEqualTo("1 Translations waiting for review");

            Document page = Jsoup.parse(site.get("/admin/review/" + a.id(), "Cookie", cookie).body());
            assertThat(page.select(".no-engine").text()).startsWith("No translation engine is set up for German on this site");
            assertThat(page.select("form.retry-form")).isEmpty();
            String csrf = page.selectFirst("form.original-form input[name=csrf]").val();
            // retrying anyway is refused with the same reason, and nothing changes
            var retry = site.postForm("/admin/review/" + a.id() + "/retry", "csrf=" + csrf + "&engine=deepl", "Cookie", cookie);
            assertThat(retry.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(retry.body()).select("[role=alert]").text()).contains("No translation engine is set up for German");
            assertThat(site.stores.articles().byId(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.HELD);

            var published = site.postForm("/admin/review/" + a.id() + "/publish-original", "csrf=" + csrf, "Cookie", cookie);
            assertThat(published.statusCode()).isEqualTo(303);
            assertThat(published.headers().firstValue("Location").orElseThrow()).isEqualTo("/admin/review?done=original");
            Article p = site.stores.articles().byId(a.id()).orElseThrow();
            assertThat(p.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(p.language()).isEqualTo("de");
            assertThat(p.translated()).isFalse();
            assertThat(p.title()).isEqualTo("Hafenbrücke wieder offen");

            Document reader = Jsoup.parse(site.get("/article/" + p.slug()).body());
            assertThat(reader.selectFirst("article.article").attr("lang")).isEqualTo("de");
            var notice = reader.selectFirst("article.article header .translation-notice.untranslated");
            assertThat(notice.text()).isEqualTo("Not translated: published in German.");
            assertThat(notice.attr("lang")).isEqualTo("en");
            assertThat(reader.select("article.article .body").text()).contains("Die Brücke ist wieder offen.");
            assertThat(new ArticleTranslations(site.db.jdbi(), new TranslationMemory(site.db.jdbi(), Clock.systemUTC()), Clock.systemUTC())
                    .find(a.id()).orElseThrow().state()).isEqualTo(ArticleTranslations.State.UNTRANSLATED);
            assertThat(Jsoup.parse(site.get("/admin/review", "Cookie", cookie).body()).text()).contains("Nothing is waiting");

            // decided: publishing it again is refused
            assertThat(site.postForm("/admin/review/" + a.id() + "/publish-original", "csrf=" + csrf, "Cookie", cookie).statusCode())
                    .isEqualTo(400);
            var audit = new io.newsdesk.app.audit.AuditLog(site.db.jdbi(), Clock.systemUTC())
                    .find(new io.newsdesk.app.audit.AuditLog.Filter(null, "translation.original_published", null, null), 5);
            assertThat(audit).hasSize(1);
            assertThat(audit.get(0).before()).contains("\"state\":\"awaiting\"").contains("\"status\":\"held\"");
            assertThat(audit.get(0).after()).contains("\"status\":\"published\"").contains("\"language\":\"de\"");
        }
    }

    @Test
    void anEditorRetriesWithAnotherEngineAgainstAFakeLibreTranslateServer() throws Exception {
        // LibreTranslate is a third-party service: a local implementation of its documented API stands in for it
        try (FakeLibreTranslateServer libre = new FakeLibreTranslateServer(null, 50);
             TranslationSetup setup = TranslationSetup.fromEnvironment(Map.of("NEWSDESK_TRANSLATION_ENGINES", "libretranslate",
                     "NEWSDESK_LIBRETRANSLATE_URL", libre.url().toString()), dir);
             TestSite site = TestSite.emptyWithTranslation(dir, setup)) {
            libre.phrasebook.put("Hafen wieder offen", "Harbour open again");
            libre.phrasebook.put("Die Anwohner freuen sich.", "The residents are pleased.");
            Article a = held(site, "Hafen wieder offen", "<p>Die Anwohner freuen sich.</p>");
            String cookie = site.adminCookie();
            Document page = Jsoup.parse(site.get("/admin/review/" + a.id(), "Cookie", cookie).body());
            assertThat(page.select(".no-engine")).isEmpty();
            assertThat(page.select("form.retry-form select[name=engine] option").eachAttr("value")).containsExactly("libretranslate");
            String csrf = page.selectFirst("form.retry-form input[name=csrf]").val();

            var unknown = site.postForm("/admin/review/" + a.id() + "/retry", "csrf=" + csrf + "&engine=deepl", "Cookie", cookie);
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(libre.translateRequests()).isZero();

            var retried = site.postForm("/admin/review/" + a.id() + "/retry", "csrf=" + csrf + "&engine=libretranslate", "Cookie", cookie);
            assertThat(retried.statusCode()).isEqualTo(303);
            assertThat(retried.headers().firstValue("Location").orElseThrow()).isEqualTo("/admin/review/" + a.id() + "?done=retried");
            assertThat(libre.translateRequests()).isEqualTo(1);
            // held for the editor, never published unseen
            assertThat(site.stores.articles().byId(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.HELD);
            Document proposed = Jsoup.parse(site.get("/admin/review/" + a.id() + "?done=retried", "Cookie", cookie).body());
            assertThat(proposed.select(".notice").text()).contains("correct it if needed and approve it");
            assertThat(proposed.select("textarea").eachText()).containsExactly("Harbour open again", "The residents are pleased.");
            assertThat(proposed.text()).contains("held");

            var approved = site.postForm("/admin/review/" + a.id() + "/approve", form(csrf, "Harbour open again",
                    "The residents are pleased."), "Cookie", cookie);
            assertThat(approved.statusCode()).isEqualTo(303);
            Article published = site.stores.articles().byId(a.id()).orElseThrow();
            assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(published.title()).isEqualTo("Harbour open again");
            assertThat(new io.newsdesk.app.audit.AuditLog(site.db.jdbi(), Clock.systemUTC())
                    .find(new io.newsdesk.app.audit.AuditLog.Filter(null, "translation.retried", null, null), 5)).hasSize(1);
        }
    }
}
