package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Invites;
import io.newsdesk.app.accounts.PasswordHash;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.accounts.User;
import io.newsdesk.app.accounts.UserStore;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.Comment;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 over real HTTP: first-run setup, invitations, disabling, the old password's migration, the audit log, next. */
class AccountsFlowTest {
    static final String PASSWORD = "river otter lantern 42";

    @TempDir
    Path dir;

    private static String cookie(HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(303);
        return res.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private static String formToken(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).selectFirst("input[name=csrf]").val();
    }

    @Test
    void theSetupLinkCreatesTheFirstAdminAndTheSiteOnceOnly() throws Exception {
        try (TestSite site = TestSite.empty(dir, "")) {
            assertThat(site.get("/admin/login").body()).contains("./newsdesk admin create-user");
            String token = new Invites(site.stores.jdbi()).setup(Instant.now());
            HttpResponse<String> page = site.get("/admin/setup?token=" + token);
            assertThat(page.statusCode()).isEqualTo(200);
            String form = "csrf=" + formToken(page) + "&token=" + token + "&name=Olena+Editor&password=" + TestSite.enc(PASSWORD)
                    + "&password2=" + TestSite.enc(PASSWORD) + "&site_name=" + TestSite.enc("Kyiv <b>Ledger</b>")
                    + "&site_language=uk&base_url=https%3A%2F%2Fledger.example&sections=Politics%0AKultura%0A";
            // a bad value is refused with its reason and the link still works
            HttpResponse<String> refused = site.postForm("/admin/setup", form);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).selectFirst(".form-error").text()).contains("angle brackets");
            form = form.replace(TestSite.enc("Kyiv <b>Ledger</b>"), "Kyiv+Ledger");
            String cookie = cookie(site.postForm("/admin/setup", form));
            assertThat(site.get("/admin?welcome=site", "Cookie", cookie).body()).contains("Olena Editor", "Your site is set up");
            User admin = new UserStore(site.stores.jdbi()).byName("olena editor").orElseThrow();
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(site.stores.settings().get("site.name")).hasValue("Kyiv Ledger");
            assertThat(site.stores.settings().get("site.base-url")).hasValue("https://ledger.example");
            assertThat(site.stores.sections().bySlug("politics")).isPresent();
            assertThat(site.stores.sections().bySlug("kultura")).isPresent();

            // used: neither the page nor a second POST works, and no second admin is made
            assertThat(site.get("/admin/setup?token=" + token).statusCode()).isEqualTo(410);
            assertThat(site.postForm("/admin/setup", form.replace("Olena+Editor", "Mallory")).statusCode()).isEqualTo(410);
            // a new setup link is refused too once the site has an admin
            String another = new Invites(site.stores.jdbi()).setup(Instant.now());
            assertThat(site.get("/admin/setup?token=" + another).statusCode()).isEqualTo(410);
            assertThat(new UserStore(site.stores.jdbi()).count()).isEqualTo(1);
        }
    }

    @Test
    void anInvitedEditorChoosesNameAndPasswordAndGetsTheEditorsPages() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            String admin = site.adminCookie();
            String csrf = site.adminCsrf(admin);
            HttpResponse<String> made = site.postForm("/admin/users/invite", "csrf=" + csrf + "&role=editor", "Cookie", admin);
            assertThat(made.statusCode()).isEqualTo(200);
            String link = Jsoup.parse(made.body()).selectFirst("#invite-link").text();
            assertThat(link).startsWith("http://news.test/admin/invite?token=");
            String token = link.substring(link.indexOf("token=") + 6);

            HttpResponse<String> page = site.get("/admin/invite?token=" + token);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("invited as editor");
            String base = "csrf=" + formToken(page) + "&token=" + token + "&name=Petra&password=";
            HttpResponse<String> weak = site.postForm("/admin/invite", base + "password1234&password2=password1234");
            assertThat(weak.statusCode()).isEqualTo(400);
            assertThat(weak.body()).contains("too common");
            String editor = cookie(site.postForm("/admin/invite", base + TestSite.enc(PASSWORD) + "&password2=" + TestSite.enc(PASSWORD)));

            assertThat(site.get("/admin/review", "Cookie", editor).statusCode()).isEqualTo(200);
            assertThat(site.get("/admin/users", "Cookie", editor).statusCode()).isEqualTo(403);
            Document dashboard = Jsoup.parse(site.get("/admin", "Cookie", editor).body());
            assertThat(dashboard.selectFirst(".counts a[href=/admin/comments]").text())
                    .isEqualTo(site.stores.comments().pending(10_000).size() + " Comments waiting");
            assertThat(dashboard.selectFirst(".counts a[href=/admin/review]").text()).endsWith("Translations waiting for review");
            assertThat(dashboard.select(".admin-nav a").eachText()).contains("Dashboard", "Comments", "Translations").doesNotContain("Users", "Audit log");
            // the link worked once
            assertThat(site.get("/admin/invite?token=" + token).statusCode()).isEqualTo(410);
            assertThat(site.postForm("/admin/invite", base.replace("Petra", "Petra2") + TestSite.enc(PASSWORD) + "&password2="
                    + TestSite.enc(PASSWORD)).statusCode()).isEqualTo(410);
        }
    }

    @Test
    void disablingAUserEndsTheirSessionsAndIsAuditedWithBeforeAndAfter() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            String admin = site.adminCookie();
            User mod = site.createUser("Moritz", Role.MODERATOR, PASSWORD);
            String modCookie = site.loginCookie("Moritz", PASSWORD);
            assertThat(site.get("/admin/comments", "Cookie", modCookie).statusCode()).isEqualTo(200);
            assertThat(site.get("/admin/audit", "Cookie", modCookie).statusCode()).isEqualTo(403);

            String csrf = site.adminCsrf(admin);
            assertThat(site.postForm("/admin/users/" + mod.id() + "/disable", "csrf=" + csrf, "Cookie", admin).statusCode()).isEqualTo(303);
            assertThat(site.get("/admin/comments", "Cookie", modCookie).statusCode()).isEqualTo(303);
            HttpResponse<String> again = site.login("Moritz", PASSWORD);
            assertThat(again.statusCode()).isEqualTo(403);
            assertThat(again.body()).contains("disabled");

            // a comment approved by the admin: both actions in the log, with the fields before and after
            site.stores.comments().add(site.stores.articles().latest(1, 0).get(0).id(), null, "Ana", null, "Hi", Comment.Status.PENDING, Instant.now());
            String id = site.stores.comments().pending(1).get(0).id();
            assertThat(site.postForm("/admin/comments/" + id + "/approve", "csrf=" + csrf, "Cookie", admin).statusCode()).isEqualTo(303);

            AuditLog log = new AuditLog(site.stores.jdbi(), java.time.Clock.systemUTC());
            AuditLog.Entry disabled = log.find(new AuditLog.Filter(null, "user.disabled", null, null), 10).get(0);
            assertThat(disabled.userName()).isEqualTo("admin");
            assertThat(disabled.target()).isEqualTo("Moritz");
            assertThat(disabled.before()).isEqualTo("{\"disabled\":false}");
            assertThat(disabled.after()).contains("\"disabled\":true", "\"sessions_ended\":1");
            AuditLog.Entry approved = log.find(new AuditLog.Filter("admin", "comment.approved", null, null), 10).get(0);
            assertThat(approved.before()).contains("\"status\":\"pending\"");
            assertThat(approved.after()).isEqualTo("{\"status\":\"approved\"}");
            assertThat(log.find(new AuditLog.Filter("Moritz", "login.failed", null, null), 10)).hasSize(1);

            // the page: filtered by action and by user and day
            Document page = Jsoup.parse(site.get("/admin/audit?action=user.disabled", "Cookie", admin).body());
            assertThat(page.select("tr.audit-entry")).hasSize(1);
            assertThat(page.select("tr.audit-entry td.action").text()).isEqualTo("user.disabled");
            // the filter offers each recorded action once, in order (read by index seeks: store.DistinctValues)
            List<String> recorded = site.stores.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT action FROM audit_log ORDER BY action")
                    .mapTo(String.class).list());
            assertThat(page.select("select#action option").eachAttr("value").subList(1, recorded.size() + 1)).containsExactlyElementsOf(recorded);
            assertThat(page.select("select#action option")).hasSize(recorded.size() + 1);
            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            Document moritz = Jsoup.parse(site.get("/admin/audit?user=moritz&from=" + today + "&to=" + today, "Cookie", admin).body());
            assertThat(moritz.select("tr.audit-entry td.action").eachText()).contains("login.succeeded", "login.failed").doesNotContain("user.disabled");
            assertThat(site.get("/admin/audit?from=2020-01-01&to=2020-01-02", "Cookie", admin).body()).contains("No entries.");
            assertThat(site.get("/admin/audit?from=yesterday", "Cookie", admin).statusCode()).isEqualTo(400);
        }
    }

    @Test
    void theOldSharedPasswordBecomesTheAdminsAndIsRehashedWithArgon2idAtLogin() throws Exception {
        // an installation from before V14: one PBKDF2 password in settings
        Flyway.configure().dataSource("jdbc:sqlite:" + dir.resolve("newsdesk.db"), null, null)
                .locations("classpath:db/migration").target("11").load().migrate();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newsdesk.db"));
             var s = c.prepareStatement("INSERT INTO settings (name, value) VALUES ('admin.password', ?)")) {
            s.setString(1, PasswordHash.pbkdf2(PASSWORD.toCharArray(), 210_000));
            s.executeUpdate();
        }
        try (TestSite site = TestSite.empty(dir, "")) {
            UserStore users = new UserStore(site.stores.jdbi());
            User admin = users.byName("admin").orElseThrow();
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(users.passwordHash(admin.id()).orElseThrow()).startsWith("pbkdf2-sha256$");
            assertThat(site.stores.settings().get("admin.password")).isEmpty();

            assertThat(site.login("admin", "wrong password here").statusCode()).isEqualTo(401);
            assertThat(users.passwordHash(admin.id()).orElseThrow()).startsWith("pbkdf2-sha256$");
            String cookie = cookie(site.login("admin", PASSWORD));
            assertThat(users.passwordHash(admin.id()).orElseThrow()).startsWith("$argon2id$v=19$");
            assertThat(site.get("/admin", "Cookie", cookie).statusCode()).isEqualTo(200);
            cookie(site.login("admin", PASSWORD)); // the new hash checks the same password
        }
    }

    @Test
    void afterLoggingInTheUserLandsOnThePageAskedForButNeverOffSite() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, "http://news.test", "127.0.0.1")) {
            site.adminCookie();
            HttpResponse<String> asked = site.get("/admin/review?x=1");
            assertThat(asked.headers().firstValue("Location")).hasValue("/admin/login?next=%2Fadmin%2Freview%3Fx%3D1");
            String loginPage = site.get(asked.headers().firstValue("Location").orElseThrow()).body();
            assertThat(Jsoup.parse(loginPage).selectFirst("input[name=next]").val()).isEqualTo("/admin/review?x=1");
            assertThat(landing(site, "/admin/review?x=1", "203.0.113.200")).isEqualTo("/admin/review?x=1");
            int client = 0;
            for (String evil : List.of("//evil.example/admin", "https://evil.example/", "/\\evil.example", "/admin//evil.example",
                    "/admin/../../evil", "javascript:alert(1)", "/admin@evil.example", " /admin", "/administrator")) {
                assertThat(landing(site, evil, "203.0.113." + ++client)).as(evil).isEqualTo("/admin");
            }
        }
    }

    /** Logs in with {@code next} from a client named by the trusted proxy (the per-address limit is ten logins). */
    private static String landing(TestSite site, String next, String client) throws Exception {
        String token = formToken(site.get("/admin/login"));
        HttpResponse<String> res = site.postForm("/admin/login", "csrf=" + token + "&name=admin&password="
                + TestSite.enc(TestSite.ADMIN_PASSWORD) + "&next=" + TestSite.enc(next),
                "X-Forwarded-For", client);
        assertThat(res.statusCode()).isEqualTo(303);
        return res.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void anAdminLiftsALockoutAndAPasswordChangeEndsTheOtherSessions() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, "http://news.test", "127.0.0.1")) {
            String admin = site.adminCookie();
            User mod = site.createUser("Moritz", Role.MODERATOR, PASSWORD);
            for (int i = 0; i < 10; i++) {
                assertThat(site.login("moritz", "wrong-" + i, "X-Forwarded-For", "203.0.113." + (i + 1)).statusCode()).isEqualTo(401);
            }
            assertThat(site.login("Moritz", PASSWORD, "X-Forwarded-For", "203.0.113.50").statusCode()).isEqualTo(429);
            Document users = Jsoup.parse(site.get("/admin/users", "Cookie", admin).body());
            assertThat(users.select("#user-" + mod.id()).text()).contains("login locked");
            String csrf = site.adminCsrf(admin);
            assertThat(site.postForm("/admin/users/" + mod.id() + "/unlock", "csrf=" + csrf, "Cookie", admin).statusCode()).isEqualTo(303);
            String laptop = cookie(site.login("Moritz", PASSWORD, "X-Forwarded-For", "203.0.113.51"));
            String phone = cookie(site.login("Moritz", PASSWORD, "X-Forwarded-For", "203.0.113.52"));

            String modCsrf = site.adminCsrf(laptop);
            String newPassword = "harbour kestrel 1987 tea";
            HttpResponse<String> wrongCurrent = site.postForm("/admin/account/password", "csrf=" + modCsrf + "&current=nope&password="
                    + TestSite.enc(newPassword) + "&password2=" + TestSite.enc(newPassword), "Cookie", laptop);
            assertThat(wrongCurrent.statusCode()).isEqualTo(400);
            HttpResponse<String> changed = site.postForm("/admin/account/password", "csrf=" + modCsrf + "&current=" + TestSite.enc(PASSWORD)
                    + "&password=" + TestSite.enc(newPassword) + "&password2=" + TestSite.enc(newPassword), "Cookie", laptop);
            String fresh = cookie(changed);
            assertThat(site.get("/admin/comments", "Cookie", phone).statusCode()).isEqualTo(303);
            assertThat(site.get("/admin/comments", "Cookie", laptop).statusCode()).isEqualTo(303);
            assertThat(site.get("/admin/comments", "Cookie", fresh).statusCode()).isEqualTo(200);
            AuditLog log = new AuditLog(site.stores.jdbi(), java.time.Clock.systemUTC());
            assertThat(log.find(new AuditLog.Filter("admin", "login.lockout-lifted", null, null), 5)).hasSize(1);
            assertThat(log.find(new AuditLog.Filter("Moritz", "user.password-changed", null, null), 5).get(0).after())
                    .contains("\"sessions_ended\":2");
        }
    }
}
