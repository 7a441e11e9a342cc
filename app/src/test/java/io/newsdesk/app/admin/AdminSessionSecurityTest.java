package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 (4, 5, 6) over real HTTP: sessions end at logout, logins are throttled per address and per account,
 * forwarded headers count only from trusted proxies, and cookies are Secure (with HSTS) on an https site.
 */
class AdminSessionSecurityTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private static String loginToken(TestSite site) throws Exception {
        return Jsoup.parse(site.get("/admin/login").body()).selectFirst("input[name=csrf]").val();
    }

    private static HttpResponse<String> login(TestSite site, String password, String... headers) throws Exception {
        return site.login("admin", password, headers);
    }

    private static String cookieOf(HttpResponse<String> login) {
        assertThat(login.statusCode()).isEqualTo(303);
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private static String adminCsrf(TestSite site, String cookie) throws Exception {
        HttpResponse<String> page = site.get("/admin/comments", "Cookie", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body()).selectFirst("form[action=/admin/logout] input[name=csrf]").val();
    }

    @Test
    void logoutEndsTheSessionSoTheOldCookieNoLongerOpensAdminPages() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.createUser("admin", Role.ADMIN, PASSWORD);
            String cookie = cookieOf(login(site, PASSWORD));
            String csrf = adminCsrf(site, cookie);

            assertThat(site.postForm("/admin/logout", "csrf=" + csrf, "Cookie", cookie).statusCode()).isEqualTo(303);

            HttpResponse<String> after = site.get("/admin/comments", "Cookie", cookie);
            assertThat(after.statusCode()).isEqualTo(303);
            assertThat(after.headers().firstValue("Location")).hasValue("/admin/login?next=%2Fadmin%2Fcomments");
        }
    }

    @Test
    void aSessionCookieSetBeforeLoginIsNeverAdoptedEachLoginGetsANewOne() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.createUser("admin", Role.ADMIN, PASSWORD);
            String first = cookieOf(login(site, PASSWORD));
            String name = first.substring(0, first.indexOf('='));
            // an attacker plants a cookie of their choosing, then of a real earlier session, in the victim's browser
            for (String planted : List.of(name + "=attacker-chosen-value", first)) {
                String fresh = cookieOf(login(site, PASSWORD, "Cookie", planted));
                assertThat(fresh).startsWith(name + "=").isNotEqualTo(planted);
                assertThat(site.get("/admin/comments", "Cookie", fresh).statusCode()).isEqualTo(200);
            }
            assertThat(site.get("/admin/comments", "Cookie", name + "=attacker-chosen-value").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void logOutEverywhereEndsEverySessionAndNeedsTheFormToken() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.createUser("admin", Role.ADMIN, PASSWORD);
            String laptop = cookieOf(login(site, PASSWORD));
            String phone = cookieOf(login(site, PASSWORD));
            String csrf = adminCsrf(site, laptop);
            assertThat(Jsoup.parse(site.get("/admin/comments", "Cookie", laptop).body())
                    .select("form[action=/admin/logout-everywhere] input[name=csrf]")).hasSize(1);

            assertThat(site.postForm("/admin/logout-everywhere", "csrf=wrong", "Cookie", laptop).statusCode()).isEqualTo(403);
            assertThat(site.get("/admin/comments", "Cookie", phone).statusCode()).isEqualTo(200);

            assertThat(site.postForm("/admin/logout-everywhere", "csrf=" + csrf, "Cookie", laptop).statusCode()).isEqualTo(303);
            assertThat(site.get("/admin/comments", "Cookie", laptop).statusCode()).isEqualTo(303);
            assertThat(site.get("/admin/comments", "Cookie", phone).statusCode()).isEqualTo(303);
            // a new login still works
            assertThat(site.get("/admin/comments", "Cookie", cookieOf(login(site, PASSWORD))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void wrongPasswordsFromManyAddressesLockTheAccount() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.createUser("admin", Role.ADMIN, PASSWORD);
            String form = "csrf=" + loginToken(site) + "&name=admin&password=";
            List<Integer> statuses = new ArrayList<>();
            // real connections from five loopback addresses, two wrong passwords each: under any per-address limit
            for (int i = 0; i < 10; i++) {
                statuses.add(postFrom(site, "127.0.0." + (2 + i % 5), form + "wrong-" + i).statusCode());
            }
            assertThat(statuses).containsOnly(401);

            HttpResponse<String> right = postFrom(site, "127.0.0.9", form + PASSWORD.replace(' ', '+'));
            assertThat(right.statusCode()).isEqualTo(429);
            assertThat(right.body()).contains("Too many attempts");
            assertThat(right.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            site.createUser("admin", Role.ADMIN, PASSWORD);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                statuses.add(login(site, "wrong-" + i, "X-Forwarded-For", "198.51.100." + (i + 1),
                        "Forwarded", "for=198.51.101." + (i + 1)).statusCode());
            }
            // all forty counted against the one real address (and the account): ten tries, then refused
            assertThat(statuses.subList(0, 10)).containsOnly(401);
            assertThat(statuses.subList(10, 40)).containsOnly(429);
        }
    }

    @Test
    void forwardedForFromATrustedProxyNamesTheClientButTheAccountLockoutStillHolds() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, "http://news.test", "127.0.0.1")) {
            site.createUser("admin", Role.ADMIN, PASSWORD);
            for (int i = 0; i < 9; i++) {
                assertThat(login(site, "wrong-" + i, "X-Forwarded-For", "203.0.113.1").statusCode()).isEqualTo(401);
            }
            assertThat(login(site, PASSWORD, "X-Forwarded-For", "203.0.113.1").statusCode()).isEqualTo(303);
            // the tenth try used up 203.0.113.1's allowance ...
            assertThat(login(site, PASSWORD, "X-Forwarded-For", "203.0.113.1").statusCode()).isEqualTo(429);
            // ... but another client behind the same proxy is not locked out by it; what a client prepends is ignored
            assertThat(login(site, PASSWORD, "X-Forwarded-For", "203.0.113.1, 203.0.113.2").statusCode()).isEqualTo(303);

            // the tenth wrong password for the account, from yet another address, locks every address out
            assertThat(login(site, "wrong-9", "X-Forwarded-For", "203.0.113.3").statusCode()).isEqualTo(401);
            HttpResponse<String> locked = login(site, PASSWORD, "Forwarded", "for=\"203.0.113.4:5555\";proto=https");
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.body()).contains("Too many attempts");
        }
    }

    @Test
    void theCookieIsSecureBehindATrustedTlsProxyAndOnAnHttpsSite() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, "http://news.test", "127.0.0.1")) {
            site.createUser("admin", Role.ADMIN, PASSWORD);
            assertThat(setCookie(login(site, PASSWORD, "X-Forwarded-Proto", "https"))).containsIgnoringCase("; Secure");
            assertThat(setCookie(login(site, PASSWORD))).doesNotContainIgnoringCase("secure");
            assertThat(site.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
        try (TestSite site = TestSite.withDemo(dir.resolve("untrusted"))) {
            site.createUser("admin", Role.ADMIN, PASSWORD);
            // anyone can send the header; only a trusted proxy's word counts
            assertThat(setCookie(login(site, PASSWORD, "X-Forwarded-Proto", "https"))).doesNotContainIgnoringCase("secure");
        }
        try (TestSite site = TestSite.withDemo(dir.resolve("https"), "https://news.test", "")) {
            site.createUser("admin", Role.ADMIN, PASSWORD);
            assertThat(setCookie(login(site, PASSWORD))).containsIgnoringCase("; Secure");
            for (String path : List.of("/", "/admin/login")) {
                site.get(path); // the second GET of "/" comes from the page cache
                assertThat(site.get(path).headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            }
        }
    }

    private static String setCookie(HttpResponse<String> login) {
        assertThat(login.statusCode()).isEqualTo(303);
        return login.headers().firstValue("Set-Cookie").orElseThrow();
    }

    /** A POST to the login form over a connection from {@code localAddress}, a real (not forwarded) client address. */
    private static HttpResponse<String> postFrom(TestSite site, String localAddress, String form) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try (client) {
            return client.send(HttpRequest.newBuilder(URI.create(site.url("/admin/login")))
                    .header("User-Agent", TestSite.BROWSER_UA).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
