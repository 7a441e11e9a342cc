package io.newsdesk.app.admin;

import static io.newsdesk.app.TestSite.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.AuthorProfile;
import io.newsdesk.app.news.Outlet;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, /admin/authors and /admin/outlets on a real site: an editor edits them; no markup reaches a page. */
class AuthorsOutletsFlowTest {
    static final String PASSWORD = "river otter lantern 42";

    @TempDir
    Path dir;

    @Test
    void anEditorEditsAnAuthorsBioPhotoAndLinksAndMarkupNeverReachesAPage() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.createUser("ed", Role.EDITOR, PASSWORD);
            String cookie = site.loginCookie("ed", PASSWORD);
            String csrf = site.adminCsrf(cookie);
            AuthorProfile author = site.stores.authors().profiles("", 500, 0).stream().filter(a -> a.articles() > 0).findFirst().orElseThrow();
            assertThat(Jsoup.parse(site.get("/admin/authors?q=" + enc(author.name().substring(0, 3)), "Cookie", cookie).body())
                    .select("#author-" + author.id())).hasSize(1);
            site.get("/author/" + author.slug()); // cached before the change

            String bio = "Covers the harbour. <script>alert('bio')</script><b>Bold</b> claims & <img src=x onerror=alert(1)>facts.";
            HttpResponse<String> saved = site.postForm("/admin/authors/" + author.id() + "/save", "csrf=" + csrf + "&name="
                    + enc("Mara <i>Quill</i>") + "&bio=" + enc(bio) + "&photo_url=" + enc("https://img.example/mara.jpg")
                    + "&links=" + enc("https://mara.example/\n\nhttps://social.example/@mara\n"), "Cookie", cookie);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
            AuthorProfile now = site.stores.authors().profile(author.id()).orElseThrow();
            assertThat(now.name()).isEqualTo("Mara Quill");
            assertThat(now.bio()).isEqualTo("Covers the harbour. Bold claims & facts.");
            assertThat(now.links()).containsExactly("https://mara.example/", "https://social.example/@mara");
            assertThat(now.photoUrl()).isEqualTo("https://img.example/mara.jpg");

            // the reader's author page shows the new name and bio at once, as text
            String page = site.get("/author/" + author.slug()).body();
            Document d = Jsoup.parse(page);
            assertThat(d.select("h1").text()).contains("Mara Quill");
            assertThat(d.select(".intro").text()).isEqualTo("Covers the harbour. Bold claims & facts.");
            assertThat(d.select("main script, main img[onerror], main b, main i")).isEmpty();
            assertThat(page).doesNotContain("alert('bio')");
            assertThat(d.select(".list-header a[href=https://mara.example/]").text()).isEqualTo("More from Mara Quill");

            // a javascript: photo or a relative link is refused, the typed form kept as text, nothing saved
            HttpResponse<String> bad = site.postForm("/admin/authors/" + author.id() + "/save", "csrf=" + csrf + "&name=" + enc("Mara Quill")
                    + "&bio=" + enc("<script>alert(3)</script>Other") + "&photo_url=" + enc("javascript:alert(1)") + "&links=", "Cookie", cookie);
            assertThat(bad.statusCode()).isEqualTo(400);
            Document refused = Jsoup.parse(bad.body());
            assertThat(refused.select(".form-error").text()).contains("photo is an absolute http or https address");
            assertThat(refused.selectFirst("textarea[name=bio]").text()).isEqualTo("<script>alert(3)</script>Other");
            assertThat(refused.select("main script")).isEmpty();
            HttpResponse<String> relative = site.postForm("/admin/authors/" + author.id() + "/save", "csrf=" + csrf + "&name=" + enc("Mara Quill")
                    + "&bio=&photo_url=&links=" + enc("/about\njavascript:alert(1)"), "Cookie", cookie);
            assertThat(relative.statusCode()).isEqualTo(400);
            assertThat(site.stores.authors().profile(author.id()).orElseThrow().bio()).isEqualTo(now.bio());

            var entries = new AuditLog(site.stores.jdbi(), Clock.systemUTC()).find(new AuditLog.Filter(null, "author.changed", null, null), 5);
            assertThat(entries).hasSize(1);
            assertThat(entries.getFirst().before()).contains(author.name());
            assertThat(entries.getFirst().after()).contains("Mara Quill").contains("https://mara.example/");
        }
    }

    @Test
    void anEditorRenamesAnOutletAndItsHomeAddressMustBeHttp() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.createUser("ed", Role.EDITOR, PASSWORD);
            String cookie = site.loginCookie("ed", PASSWORD);
            String csrf = site.adminCsrf(cookie);
            Outlet outlet = site.stores.outlets().all().getFirst();
            assertThat(Jsoup.parse(site.get("/admin/outlets", "Cookie", cookie).body()).select("#outlet-" + outlet.id())).hasSize(1);
            // one of its articles is shown first, so the site keeps the outlet in memory before the rename
            String article = "/article/" + site.stores.jdbi().withHandle(h -> h.createQuery(
                    "SELECT slug FROM articles WHERE outlet_id = :o AND status = 'published' LIMIT 1").bind("o", outlet.id())
                    .mapTo(String.class).one());
            assertThat(Jsoup.parse(site.get(article).body()).select("aside.attribution").text()).contains(outlet.name());

            HttpResponse<String> bad = site.postForm("/admin/outlets/" + outlet.id() + "/save", "csrf=" + csrf + "&name=" + enc("Quay Post")
                    + "&site_url=" + enc("javascript:alert(1)"), "Cookie", cookie);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(bad.body()).selectFirst("input[name=site_url]").val()).isEqualTo("javascript:alert(1)");

            HttpResponse<String> saved = site.postForm("/admin/outlets/" + outlet.id() + "/save", "csrf=" + csrf + "&name="
                    + enc("Quay <script>alert(1)</script>Post") + "&site_url=" + enc("https://quay.example/"), "Cookie", cookie);
            assertThat(saved.statusCode()).isEqualTo(303);
            Outlet now = site.stores.outlets().byId(outlet.id()).orElseThrow();
            assertThat(now.name()).isEqualTo("Quay Post");
            assertThat(now.siteUrl()).isEqualTo("https://quay.example/");
            Document page = Jsoup.parse(site.get("/outlet/" + outlet.slug()).body());
            assertThat(page.select("h1").text()).contains("Quay Post");
            assertThat(page.select("a[href=https://quay.example/]")).isNotEmpty();
            assertThat(Jsoup.parse(site.get(article).body()).select("aside.attribution").text())
                    .contains("Quay Post").doesNotContain(outlet.name());
            // a moderator may not edit outlets
            site.createUser("mod", Role.MODERATOR, PASSWORD);
            String mod = site.loginCookie("mod", PASSWORD);
            assertThat(site.postForm("/admin/outlets/" + outlet.id() + "/save", "csrf=" + site.adminCsrf(mod) + "&name=x&site_url="
                    + enc("https://x.example/"), "Cookie", mod).statusCode()).isEqualTo(403);
        }
    }
}
