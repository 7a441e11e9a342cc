package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.news.SitePaths;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, /admin/home over real HTTP on the demo site: an editor pins the lead story, orders the section blocks,
 * features and hides articles, and the reader's home page (served from the page cache) follows at once.
 */
class HomePageCurationTest {
    static final String PASSWORD = "river otter lantern 42";

    @TempDir
    Path dir;
    TestSite site;
    String cookie;
    String csrf;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.withDemo(dir);
        site.createUser("ed", Role.EDITOR, PASSWORD);
        cookie = site.loginCookie("ed", PASSWORD);
        csrf = site.adminCsrf(cookie);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    Document home() throws Exception {
        HttpResponse<String> r = site.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    static String lead(Document home) {
        return home.selectFirst(".top-story .top-title a").attr("href");
    }

    HttpResponse<String> post(String path, String form) throws Exception {
        return site.postForm(path, "csrf=" + csrf + (form.isEmpty() ? "" : "&" + form), "Cookie", cookie);
    }

    List<String> actions() {
        return new AuditLog(site.db.jdbi(), Clock.systemUTC()).find(new AuditLog.Filter("ed", null, null, null), 50)
                .stream().map(AuditLog.Entry::action).filter(a -> a.startsWith("home.")).toList();
    }

    @Test
    void aPinnedLeadLeadsTheHomePageAtOnceAndUnpinningRestoresTheAutomaticChoice() throws Exception {
        String automatic = lead(home()); // now in the page cache
        List<ArticleCard> all = site.stores.articles().latest(200, 0);
        ArticleCard old = all.get(all.size() - 1); // the oldest article: nowhere near the top by itself
        assertThat(SitePaths.article(old.slug())).isNotEqualTo(automatic);
        assertThat(home().select(".top-story, .lead-side, .read-now").html()).doesNotContain(SitePaths.article(old.slug()) + "\"");

        // by its address, as an editor pastes it
        HttpResponse<String> pinned = post("/admin/home/lead", "article=" + java.net.URLEncoder.encode(
                "https://news.test" + SitePaths.article(old.slug()) + "?utm=x", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(pinned.statusCode()).isEqualTo(303);
        assertThat(lead(home())).isEqualTo(SitePaths.article(old.slug()));
        Document admin = Jsoup.parse(site.get("/admin/home", "Cookie", cookie).body());
        assertThat(admin.select("#current-lead").text()).contains(old.title()).contains("pinned by an editor");
        assertThat(admin.select("#home-article-" + old.id() + " .placement").text()).isEqualTo("lead (pinned)");

        HttpResponse<String> unknown = post("/admin/home/lead", "article=/article/no-such-thing");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.body()).select("[role=alert]").text()).contains("No published article");
        assertThat(lead(home())).isEqualTo(SitePaths.article(old.slug()));

        assertThat(post("/admin/home/unpin", "").statusCode()).isEqualTo(303);
        assertThat(lead(home())).isEqualTo(automatic);
        assertThat(actions()).containsExactly("home.lead_unpinned", "home.lead_pinned");
        AuditLog.Entry pin = new AuditLog(site.db.jdbi(), Clock.systemUTC()).find(new AuditLog.Filter("ed", "home.lead_pinned", null, null), 1).get(0);
        assertThat(pin.before()).isEqualTo("{\"lead\":\"automatic\"}");
        assertThat(pin.after()).contains("\"lead\":\"" + old.id() + "\"");
    }

    @Test
    void sectionBlocksFollowTheEditorsOrder() throws Exception {
        List<String> before = home().select(".section-block > h2").eachText();
        assertThat(before.size()).isGreaterThan(2);
        String last = before.get(before.size() - 1);
        Document admin = Jsoup.parse(site.get("/admin/home", "Cookie", cookie).body());
        String lastId = admin.select("ol.home-sections li").last().selectFirst("form").attr("action").split("/")[4];
        for (int i = 0; i < before.size() - 1; i++) {
            assertThat(post("/admin/home/sections/" + lastId + "/up", "").statusCode()).isEqualTo(303);
        }
        List<String> after = home().select(".section-block > h2").eachText();
        assertThat(after.get(0)).isEqualTo(last);
        assertThat(after.subList(1, after.size())).containsExactlyElementsOf(before.subList(0, before.size() - 1));
        // the reader menu keeps its own order
        assertThat(home().select("nav.sections a").eachText().get(1)).isNotEqualTo(last);
        assertThat(post("/admin/home/sections/" + lastId + "/up", "").statusCode()).isEqualTo(303); // at the top already: stays
        assertThat(home().select(".section-block > h2").eachText().get(0)).isEqualTo(last);
        assertThat(post("/admin/home/sections/00000000-0000-7000-8000-00000000beef/up", "").statusCode()).isEqualTo(404);
        assertThat(actions()).allMatch("home.sections_reordered"::equals);
    }

    @Test
    void aHiddenArticleLeavesTheHomePageOnlyAndAFeaturedOneComesToTheTop() throws Exception {
        Document first = home();
        String leadUrl = lead(first);
        ArticleCard leadCard = site.stores.articles().latest(200, 0).stream()
                .filter(c -> SitePaths.article(c.slug()).equals(leadUrl)).findFirst().orElseThrow();

        assertThat(post("/admin/home/articles/" + leadCard.id() + "/hide", "").statusCode()).isEqualTo(303);
        Document hidden = home();
        assertThat(lead(hidden)).isNotEqualTo(leadUrl);
        assertThat(hidden.select("a[href=" + leadUrl + "]")
                .stream().filter(a -> a.closest("aside, .sidebar") == null).toList()).as("nowhere in the home page's lists").isEmpty();
        assertThat(site.get(leadUrl).statusCode()).isEqualTo(200); // its own page stays
        assertThat(site.get("/section/" + leadCard.sectionSlug()).body()).contains(leadUrl);

        List<ArticleCard> all = site.stores.articles().latest(200, 0);
        ArticleCard old = all.get(all.size() - 2);
        assertThat(post("/admin/home/articles/" + old.id() + "/feature", "").statusCode()).isEqualTo(303);
        Document featured = home();
        assertThat(featured.select(".top-story, .lead-side").html()).contains(SitePaths.article(old.slug()) + "\"");

        assertThat(post("/admin/home/articles/" + leadCard.id() + "/reset", "").statusCode()).isEqualTo(303);
        assertThat(home().html()).contains(leadUrl + "\"");
        Document admin = Jsoup.parse(site.get("/admin/home", "Cookie", cookie).body());
        assertThat(admin.select("#home-article-" + old.id() + " .placement").text()).isEqualTo("featured");
        assertThat(actions()).containsExactly("home.article_reset", "home.article_featured", "home.article_hidden");

        // hiding the pinned lead unpins it
        assertThat(post("/admin/home/lead", "article=" + old.id()).statusCode()).isEqualTo(303);
        assertThat(lead(home())).isEqualTo(SitePaths.article(old.slug()));
        assertThat(post("/admin/home/articles/" + old.id() + "/hide", "").statusCode()).isEqualTo(303);
        assertThat(lead(home())).isNotEqualTo(SitePaths.article(old.slug()));
        assertThat(site.get("/admin/home", "Cookie", cookie).body()).contains("chosen automatically");
    }

    @Test
    void authorsAndModeratorsMayNotCurateTheHomePage() throws Exception {
        site.createUser("au", Role.AUTHOR, PASSWORD);
        String author = site.loginCookie("au", PASSWORD);
        assertThat(site.get("/admin/home", "Cookie", author).statusCode()).isEqualTo(403);
        String id = site.stores.articles().latest(1, 0).get(0).id();
        assertThat(site.postForm("/admin/home/articles/" + id + "/hide", "csrf=" + site.adminCsrf(author), "Cookie", author).statusCode())
                .isEqualTo(403);
        int placed = site.db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM home_placements").mapTo(Integer.class).one());
        assertThat(placed).isZero();
    }
}
