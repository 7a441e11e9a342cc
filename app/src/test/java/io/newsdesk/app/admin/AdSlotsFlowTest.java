package io.newsdesk.app.admin;

import static io.newsdesk.app.TestSite.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.AdSlot;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, /admin/ads on a real site: a slot added in the browser (its position typed in lower case) shows on the
 * reader pages without a restart; an unknown position is refused; ad code is never markup on an admin page; ads.txt.
 */
class AdSlotsFlowTest {
    static final String MARKER_CODE = "<div class=\"shop-ad-marker\"><a href=\"https://shop.example/\">Harbour Shop</a></div>"
            + "<script>alert('ad-in-admin')</script><img src=x onerror=alert(2)>";

    @TempDir
    Path dir;

    private static String slotForm(String csrf, String position, String code, String label) {
        return "csrf=" + csrf + "&position=" + enc(position) + "&label=" + enc(label) + "&code=" + enc(code)
                + "&after_paragraph=&enabled=yes";
    }

    /** No element of the admin page comes from ad code: no script, no image, no shop-ad-marker div. */
    private static void assertNoAdMarkup(String html) {
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("div.shop-ad-marker, img[onerror]")).isEmpty();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
    }

    @Test
    void aSlotAddedInTheBrowserShowsAtOnceAndItsCodeIsNeverMarkupInTheAdmin() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            String cookie = site.adminCookie();
            String csrf = site.adminCsrf(cookie);
            assertThat(Jsoup.parse(site.get("/").body()).select(".ad-sidebar .shop-ad-marker")).isEmpty(); // cached without it

            HttpResponse<String> added = site.postForm("/admin/ads/add", slotForm(csrf, "  sidebar ", MARKER_CODE, "From <b>our</b> shop"),
                    "Cookie", cookie);
            assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
            AdSlot slot = site.stores.adSlots().all().stream().filter(s -> s.code().contains("shop-ad-marker")).findFirst().orElseThrow();
            assertThat(slot.position()).isEqualTo(AdSlot.Position.SIDEBAR);
            // one slot per position: the demo's sidebar slot gave way (and says so in the audit log)
            assertThat(site.stores.adSlots().enabled()).filteredOn(s -> s.position() == AdSlot.Position.SIDEBAR).containsExactly(slot);
            // the reader page shows it now: no restart, the cached page was dropped
            Document home = Jsoup.parse(site.get("/").body());
            assertThat(home.select(".ad-sidebar .shop-ad-marker a").attr("href")).isEqualTo("https://shop.example/");

            // the admin list and the edit page show the code as text, and the preview only inside a sandboxed frame
            String list = site.get("/admin/ads", "Cookie", cookie).body();
            assertNoAdMarkup(list);
            assertThat(Jsoup.parse(list).select("pre.ad-code").text()).contains("<script>alert('ad-in-admin')</script>");
            String edit = site.get("/admin/ads/" + slot.id() + "/edit", "Cookie", cookie).body();
            assertNoAdMarkup(edit);
            var frame = Jsoup.parse(edit).selectFirst("#ad-preview iframe");
            assertThat(frame.hasAttr("sandbox")).isTrue();
            assertThat(frame.attr("sandbox")).isEmpty(); // no allow-scripts, no allow-same-origin
            assertThat(frame.attr("srcdoc")).isEqualTo(slot.code());
            // a preview of typed code saves nothing
            int before = site.stores.adSlots().all().size();
            HttpResponse<String> preview = site.postForm("/admin/ads/preview", slotForm(csrf, "header", "<p>Typed <em>only</em></p>", ""),
                    "Cookie", cookie);
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(preview.body()).selectFirst("#ad-preview iframe").attr("srcdoc")).isEqualTo("<p>Typed <em>only</em></p>");
            assertThat(Jsoup.parse(preview.body()).select("em")).isEmpty();
            assertThat(site.stores.adSlots().all()).hasSize(before);

            // an unknown position: refused with the list, the typed code kept (as text), nothing saved
            HttpResponse<String> unknown = site.postForm("/admin/ads/add", slotForm(csrf, "footer", "<p>Footer ad</p>", ""), "Cookie", cookie);
            assertThat(unknown.statusCode()).isEqualTo(400);
            Document refused = Jsoup.parse(unknown.body());
            assertThat(refused.select(".form-error").text()).contains("Unknown ad position \"footer\"").contains("in-article");
            assertThat(refused.selectFirst("textarea[name=code]").text()).isEqualTo("<p>Footer ad</p>");
            assertThat(site.stores.adSlots().all()).hasSize(before);

            // moved and disabled: the reader page follows each change at once; each is audited
            HttpResponse<String> moved = site.postForm("/admin/ads/" + slot.id() + "/save", slotForm(csrf, "Below-Article", MARKER_CODE, ""),
                    "Cookie", cookie);
            assertThat(moved.statusCode()).isEqualTo(303);
            String article = site.stores.articles().latest(1, 0).getFirst().slug();
            Document articlePage = Jsoup.parse(site.get("/article/" + article).body());
            assertThat(articlePage.select(".ad-below-article .shop-ad-marker")).hasSize(1);
            assertThat(Jsoup.parse(site.get("/").body()).select(".ad-sidebar .shop-ad-marker")).isEmpty();
            assertThat(site.postForm("/admin/ads/" + slot.id() + "/disable", "csrf=" + csrf, "Cookie", cookie).statusCode()).isEqualTo(303);
            assertThat(Jsoup.parse(site.get("/article/" + article).body()).select(".shop-ad-marker")).isEmpty();
            var entries = new AuditLog(site.stores.jdbi(), Clock.systemUTC()).find(new AuditLog.Filter(null, null, null, null), 20);
            assertThat(entries).extracting(AuditLog.Entry::action).contains("ad.added", "ad.changed", "ad.disabled");
            AuditLog.Entry change = entries.stream().filter(e -> e.action().equals("ad.changed")).findFirst().orElseThrow();
            assertThat(change.before()).contains("sidebar");
            assertThat(change.after()).contains("below-article");
        }
    }

    @Test
    void aSlotWrittenBySqlInLowerCaseIsShownAndAnUnknownPositionIsSkippedNotFatal() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.stores.jdbi().useHandle(h -> {
                h.execute("UPDATE ad_slots SET enabled = FALSE");
                h.execute("INSERT INTO ad_slots (id, position, label, code, enabled) VALUES ('sql-1', 'in-article', 'x', '<p class=\"sql-ad\">Ad</p>', TRUE)");
                h.execute("INSERT INTO ad_slots (id, position, label, code, enabled) VALUES ('sql-2', 'footer', 'x', '<p>never</p>', TRUE)");
            });
            assertThat(site.stores.adSlots().enabled()).extracting(AdSlot::id).containsExactly("sql-1");
            site.site.contentChanged();
            String article = site.stores.articles().latest(1, 0).getFirst().slug();
            assertThat(Jsoup.parse(site.get("/article/" + article).body()).select(".ad-in-article .sql-ad")).hasSize(1);
            assertThat(site.get("/admin/ads", "Cookie", site.adminCookie()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void adsTxtIsEditedWithItsCommentsAndABadLineIsRefusedByNumber() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            String cookie = site.adminCookie();
            String csrf = site.adminCsrf(cookie);
            String text = "# our sellers\ngoogle.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n\nexample-ads.net, 12345, reseller # via partner\ncontact=ads@example.org\n";
            HttpResponse<String> saved = site.postForm("/admin/ads/ads-txt", "csrf=" + csrf + "&ads_txt=" + enc(text), "Cookie", cookie);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
            HttpResponse<String> served = site.get("/ads.txt");
            assertThat(served.body()).isEqualTo(text);
            assertThat(Files.readString(dir.resolve("ads.txt"))).isEqualTo(text);

            String bad = text + "not a record\nexample.org, 1, PARTNER\n";
            HttpResponse<String> refused = site.postForm("/admin/ads/ads-txt", "csrf=" + csrf + "&ads_txt=" + enc(bad), "Cookie", cookie);
            assertThat(refused.statusCode()).isEqualTo(400);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select(".form-error").text()).contains("line 6").contains("line 7").contains("DIRECT or RESELLER");
            assertThat(page.selectFirst("textarea[name=ads_txt]").wholeText()).contains("not a record");
            assertThat(site.get("/ads.txt").body()).isEqualTo(text);
        }
    }
}
