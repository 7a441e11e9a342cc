package io.newsdesk.app.admin;

import static io.newsdesk.app.TestSite.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.config.SiteSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, /admin/settings on a real site: a saved setting shows on the reader pages at once; a bad form loses nothing. */
class SettingsFlowTest {
    @TempDir
    Path dir;

    private static List<AuditLog.Entry> audit(TestSite site) {
        return new AuditLog(site.stores.jdbi(), Clock.systemUTC()).find(new AuditLog.Filter(null, "settings.changed", null, null), 10);
    }

    private static String form(String csrf, String name, String language, String baseUrl, String channel) {
        return "csrf=" + csrf + "&name=" + enc(name) + "&language=" + enc(language) + "&base_url=" + enc(baseUrl)
                + "&telegram_channel=" + enc(channel);
    }

    @Test
    void aNewNameShowsOnTheHomePageAtOnceAndABadBaseUrlIsRefusedKeepingTheOtherFields() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            String cookie = site.adminCookie();
            String csrf = site.adminCsrf(cookie);
            // the home page is rendered (and cached) with the start-up name first
            assertThat(Jsoup.parse(site.get("/").body()).title()).contains("Test Herald");
            Document page = Jsoup.parse(site.get("/admin/settings", "Cookie", cookie).body());
            assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Test Herald");
            assertThat(page.selectFirst("input[name=base_url]").val()).isEqualTo("http://news.test");

            HttpResponse<String> saved = site.postForm("/admin/settings",
                    form(csrf, "Harbour Light Gazette", "de", "https://gazette.example/", "@harbourlight"),
                    "Cookie", cookie);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
            Document home = Jsoup.parse(site.get("/").body());
            assertThat(home.title()).contains("Harbour Light Gazette").doesNotContain("Test Herald");
            assertThat(home.selectFirst("html").attr("lang")).isEqualTo("de");
            assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://gazette.example/");
            assertThat(home.select("a.tg-link").attr("href")).isEqualTo("https://t.me/harbourlight");
            assertThat(site.get("/rss.xml").body()).contains("Harbour Light Gazette").contains("https://gazette.example/");
            assertThat(site.get("/robots.txt").body()).contains("Sitemap: https://gazette.example/sitemap.xml");
            // kept in the database: a restarted site (a new SiteSettings over the same table) starts with it
            SiteSettings restarted = new SiteSettings(new SiteConfig("127.0.0.1", 0, dir, "Test Herald", "en", null, "", "", true, ""),
                    site.stores.settings(), Set.of());
            assertThat(restarted.siteName()).isEqualTo("Harbour Light Gazette");
            // audited with before and after
            AuditLog.Entry entry = audit(site).getFirst();
            assertThat(entry.before()).contains("Test Herald").contains("\"en\"");
            assertThat(entry.after()).contains("Harbour Light Gazette").contains("https://gazette.example");

            // a bad base URL, an unknown language and a name with markup: refused, each with its message, nothing lost
            HttpResponse<String> bad = site.postForm("/admin/settings",
                    form(csrf, "Evening <b>Post</b>", "xx", "javascript:alert(1)", "harbourlight"), "Cookie", cookie);
            assertThat(bad.statusCode()).isEqualTo(400);
            Document refused = Jsoup.parse(bad.body());
            assertThat(refused.select("#field-base_url .field-error").text()).contains("http or https address");
            assertThat(refused.select("#field-language .field-error").text()).contains("ISO 639-1");
            assertThat(refused.select("#field-name .field-error").text()).contains("angle brackets");
            assertThat(refused.selectFirst("input[name=name]").val()).isEqualTo("Evening <b>Post</b>");
            assertThat(refused.selectFirst("input[name=base_url]").val()).isEqualTo("javascript:alert(1)");
            assertThat(refused.selectFirst("input[name=telegram_channel]").val()).isEqualTo("harbourlight");
            assertThat(refused.select("b")).isEmpty(); // the typed markup is shown as text
            assertThat(Jsoup.parse(site.get("/").body()).title()).contains("Harbour Light Gazette");
            assertThat(audit(site)).hasSize(1);

            // only the base URL wrong: the message names it and the good fields are kept as typed
            HttpResponse<String> onlyUrl = site.postForm("/admin/settings", form(csrf, "Evening Post", "uk", "ftp://x.example", ""),
                    "Cookie", cookie);
            assertThat(onlyUrl.statusCode()).isEqualTo(400);
            Document kept = Jsoup.parse(onlyUrl.body());
            assertThat(kept.select(".field-error")).hasSize(1);
            assertThat(kept.selectFirst("input[name=name]").val()).isEqualTo("Evening Post");
            assertThat(kept.selectFirst("input[name=language]").val()).isEqualTo("uk");

            // an editor may not open or change the settings
            site.createUser("ed", Role.EDITOR, "river otter lantern 42");
            String editor = site.loginCookie("ed", "river otter lantern 42");
            assertThat(site.get("/admin/settings", "Cookie", editor).statusCode()).isEqualTo(403);
            assertThat(site.postForm("/admin/settings", form(site.adminCsrf(editor), "Taken", "en", "", ""), "Cookie", editor).statusCode())
                    .isEqualTo(403);
            assertThat(Jsoup.parse(site.get("/").body()).title()).contains("Harbour Light Gazette");
        }
    }

    @Test
    void aSettingTheEnvironmentSetsIsShownButNotChanged() {
        try (var db = io.newsdesk.app.store.Database.sqlite(dir)) {
            var stores = io.newsdesk.app.store.Stores.over(db.jdbi());
            SiteConfig startup = new SiteConfig("127.0.0.1", 8080, dir, "From Env", "en", "https://env.example", "", "", false, "");
            stores.settings().put("site.name", "Saved Name");
            stores.settings().put("site.base-url", "https://saved.example");
            SiteSettings s = new SiteSettings(startup, stores.settings(),
                    SiteSettings.pinnedBy(Map.of("NEWSDESK_SITE_NAME", "From Env", "NEWSDESK_BASE_URL", "")));
            assertThat(s.pinned(SiteSettings.Field.NAME)).isTrue();
            assertThat(s.siteName()).isEqualTo("From Env"); // the explicit variable wins
            assertThat(s.publicBaseUrl()).isEqualTo("https://saved.example"); // an empty variable pins nothing
            s.save(new SiteSettings.Values("Other", "fr", "", "chan_nel"));
            assertThat(s.siteName()).isEqualTo("From Env");
            assertThat(stores.settings().get("site.name")).contains("Saved Name");
            assertThat(s.siteLanguage()).isEqualTo("fr");
            assertThat(s.publicBaseUrl()).isEqualTo("https://env.example"); // empty: the start-up address
        }
    }
}
