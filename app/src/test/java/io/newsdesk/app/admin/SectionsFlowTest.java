package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.Section;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, /admin/sections over real HTTP: create, rename with a 301, reorder, remove with the articles moved. */
class SectionsFlowTest {
    static final String PASSWORD = "river otter lantern 42";

    @TempDir
    Path dir;

    /** The reader menu's section addresses, in order, as the home page shows them now. */
    private static List<String> menu(TestSite site) throws Exception {
        HttpResponse<String> home = site.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        return Jsoup.parse(home.body()).select("nav.sections a[href^=/section/]").eachAttr("href");
    }

    private static void assertSeeOther(HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(303);
        assertThat(res.headers().firstValue("Location").orElseThrow()).startsWith("/admin/sections?done=");
    }

    private static List<String> auditActions(TestSite site) {
        return new AuditLog(site.stores.jdbi(), java.time.Clock.systemUTC())
                .find(new AuditLog.Filter(null, null, null, null), 100).stream().map(AuditLog.Entry::action).toList();
    }

    @Test
    void anEditorCreatesRenamesReordersAndRemovesSectionsAndReadersSeeItAtOnce() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.createUser("eda", Role.EDITOR, PASSWORD);
            String cookie = site.loginCookie("eda", PASSWORD);
            String csrf = site.adminCsrf(cookie);
            List<String> before = menu(site); // the pages are cached from here on

            // the list, with each section's article count
            Section first = site.stores.sections().all().get(0);
            int firstCount = site.stores.sections().articleCounts().get(first.id());
            assertThat(firstCount).isPositive();
            var list = Jsoup.parse(site.get("/admin/sections", "Cookie", cookie).body());
            assertThat(list.selectFirst("#section-" + first.slug()).text()).contains(String.valueOf(firstCount));

            // create: at the end of the reader menu
            assertSeeOther(site.postForm("/admin/sections/add", "csrf=" + csrf + "&name=" + TestSite.enc("Local News"), "Cookie", cookie));
            assertThat(menu(site)).endsWith("/section/local-news").hasSize(before.size() + 1);
            Section local = site.stores.sections().bySlug("local-news").orElseThrow();

            // rename with a new slug: the old address answers 301 to the new one
            assertSeeOther(site.postForm("/admin/sections/" + local.id() + "/rename",
                    "csrf=" + csrf + "&name=City&slug=city", "Cookie", cookie));
            HttpResponse<String> old = site.get("/section/local-news");
            assertThat(old.statusCode()).isEqualTo(301);
            assertThat(old.headers().firstValue("Location")).hasValue("/section/city");
            assertThat(menu(site)).endsWith("/section/city").doesNotContain("/section/local-news");
            assertThat(Jsoup.parse(site.get("/").body()).select("nav.sections a[href=/section/city]").text()).isEqualTo("City");

            // reorder: one place up, then the menu follows
            assertSeeOther(site.postForm("/admin/sections/" + local.id() + "/up", "csrf=" + csrf, "Cookie", cookie));
            List<String> reordered = menu(site);
            assertThat(reordered.indexOf("/section/city")).isEqualTo(reordered.size() - 2);
            assertThat(reordered.getLast()).isEqualTo(before.getLast());

            // remove a section with articles: they move to the chosen one, its address (and old ones) lead there
            Section target = site.stores.sections().all().stream().filter(s -> !s.id().equals(first.id())).findFirst().orElseThrow();
            int targetCount = site.stores.sections().articleCounts().getOrDefault(target.id(), 0);
            assertThat(site.get("/section/" + first.slug()).statusCode()).isEqualTo(200);
            assertSeeOther(site.postForm("/admin/sections/" + first.id() + "/remove", "csrf=" + csrf + "&target=" + target.id(),
                    "Cookie", cookie));
            assertThat(site.stores.sections().bySlug(first.slug())).isEmpty();
            assertThat(site.stores.sections().articleCounts()).containsEntry(target.id(), targetCount + firstCount);
            HttpResponse<String> gone = site.get("/section/" + first.slug());
            assertThat(gone.statusCode()).isEqualTo(301);
            assertThat(gone.headers().firstValue("Location")).hasValue("/section/" + target.slug());
            assertThat(menu(site)).doesNotContain("/section/" + first.slug());

            // renaming the target again keeps every old address working
            assertSeeOther(site.postForm("/admin/sections/" + target.id() + "/rename",
                    "csrf=" + csrf + "&name=" + TestSite.enc(target.name()) + "&slug=moved-here", "Cookie", cookie));
            assertThat(site.get("/section/" + first.slug()).headers().firstValue("Location")).hasValue("/section/moved-here");
            assertThat(site.get("/section/" + target.slug()).headers().firstValue("Location")).hasValue("/section/moved-here");

            assertThat(auditActions(site)).contains("section.created", "section.renamed", "section.reordered", "section.removed");
            var renamed = new AuditLog(site.stores.jdbi(), java.time.Clock.systemUTC())
                    .find(new AuditLog.Filter("eda", "section.renamed", null, null), 10);
            assertThat(renamed).anySatisfy(e -> {
                assertThat(e.before()).contains("local-news", "Local News");
                assertThat(e.after()).contains("city", "City");
            });
        }
    }

    @Test
    void badInputMissingTokensLowerRolesAndTheLastSectionAreRefused() throws Exception {
        try (TestSite site = TestSite.empty(dir, "")) {
            Section only = site.stores.sections().create("news", "News", null, 0);
            String admin = site.adminCookie();
            String csrf = site.adminCsrf(admin);

            // markup in a name, a bad slug, a taken slug: 400 with the reason, nothing made
            HttpResponse<String> markup = site.postForm("/admin/sections/add", "csrf=" + csrf + "&name=" + TestSite.enc("<b>Sport</b>"), "Cookie", admin);
            assertThat(markup.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(markup.body()).selectFirst(".form-error").text()).contains("angle brackets");
            assertThat(site.postForm("/admin/sections/add", "csrf=" + csrf + "&name=Sport&slug=Not+A+Slug", "Cookie", admin).statusCode()).isEqualTo(400);
            assertThat(site.postForm("/admin/sections/add", "csrf=" + csrf + "&name=Other&slug=news", "Cookie", admin).statusCode()).isEqualTo(400);
            assertThat(site.stores.sections().all()).hasSize(1);

            // the last section stays, whatever the form says
            HttpResponse<String> last = site.postForm("/admin/sections/" + only.id() + "/remove", "csrf=" + csrf + "&target=" + only.id(), "Cookie", admin);
            assertThat(last.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(last.body()).selectFirst(".form-error").text()).contains("last section");
            assertThat(site.stores.sections().bySlug("news")).isPresent();

            // no token, a wrong token: refused
            assertThat(site.postForm("/admin/sections/add", "name=Sport", "Cookie", admin).statusCode()).isEqualTo(403);
            assertThat(site.postForm("/admin/sections/add", "csrf=wrong&name=Sport", "Cookie", admin).statusCode()).isEqualTo(403);

            // a moderator may not see or change sections
            site.createUser("mo", Role.MODERATOR, PASSWORD);
            String mod = site.loginCookie("mo", PASSWORD);
            assertThat(site.get("/admin/sections", "Cookie", mod).statusCode()).isEqualTo(403);
            assertThat(site.postForm("/admin/sections/add", "csrf=" + site.adminCsrf(mod) + "&name=Sport", "Cookie", mod).statusCode()).isEqualTo(403);
            assertThat(site.stores.sections().all()).extracting(Section::slug).containsExactly("news");
            assertThat(auditActions(site)).doesNotContain("section.created", "section.removed");
        }
    }
}
