package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, table-driven over every admin route the site registers: anonymous users are sent to log in (a page) or
 * refused (a change), lower roles get 403, and every change refuses a missing or wrong CSRF token. Never 404 or 500.
 */
class AdminAccessRoutesTest {
    static final String PASSWORD = "river otter lantern 42";

    @TempDir
    Path dir;

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "00000000-0000-7000-8000-00000000beef");
    }

    @Test
    void everyAdminRouteRefusesAnonymousUsersLowerRolesAndMissingCsrf() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            List<AdminRouter.Route> routes = site.site.adminRoutes().stream()
                    .filter(r -> !AdminAccess.isPublic(r.path())).toList();
            assertThat(routes).extracting(AdminRouter.Route::path)
                    .contains("/admin", "/admin/comments", "/admin/review/{id}/approve", "/admin/users/invite", "/admin/audit", "/admin/status")
                    .contains("/admin/review/{id}/retry", "/admin/review/{id}/publish-original", "/admin/comments/bulk",
                            "/admin/comments/{id}/spam", "/admin/comments/{id}/block", "/admin/comments/blocks",
                            "/admin/comments/blocks/{hash}/unblock", "/admin/home", "/admin/home/lead", "/admin/home/unpin",
                            "/admin/home/articles/{id}/feature", "/admin/home/articles/{id}/hide", "/admin/home/articles/{id}/reset",
                            "/admin/home/sections/{id}/up", "/admin/home/sections/{id}/down");
            assertThat(routes).extracting(AdminRouter.Route::path) // the site's own pages (settings, ads, authors, outlets, source edits)
                    .contains("/admin/settings", "/admin/ads", "/admin/ads/add", "/admin/ads/{id}/save", "/admin/ads/{id}/disable",
                            "/admin/ads/ads-txt", "/admin/authors", "/admin/authors/{id}/save", "/admin/outlets", "/admin/outlets/{id}/save",
                            "/admin/sources/{id}/edit", "/admin/sources/{id}/save", "/admin/sources/opml/export", "/admin/sources/opml/import");
            assertThat(routes).extracting(AdminRouter.Route::path)
                    .contains("/admin/articles", "/admin/articles/new", "/admin/articles/{id}", "/admin/articles/{id}/submit",
                            "/admin/articles/{id}/image", "/admin/articles/{id}/image/remove", "/admin/articles/{id}/revisions",
                            "/admin/articles/{id}/revisions/{rev}/restore", "/admin/publishing/{id}/publish",
                            "/admin/publishing/{id}/schedule", "/admin/publishing/{id}/unpublish", "/admin/publishing/{id}/return");

            Map<Role, String> cookies = new EnumMap<>(Role.class);
            Map<Role, String> csrf = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                site.createUser("user-" + role.label(), role, PASSWORD);
                cookies.put(role, site.loginCookie("user-" + role.label(), PASSWORD));
                csrf.put(role, site.adminCsrf(cookies.get(role)));
            }
            List<String> problems = new ArrayList<>();
            int checks = 0;
            for (AdminRouter.Route r : routes) {
                String path = concrete(r.path());
                boolean post = r.method().equals("POST");
                // anonymous
                HttpResponse<String> anon = post ? site.postForm(path, "csrf=x") : site.get(path);
                checks++;
                if (post && !r.path().startsWith("/admin/logout") ? anon.statusCode() != 403
                        : anon.statusCode() != 303 || !anon.headers().firstValue("Location").orElse("").startsWith("/admin/login")) {
                    problems.add("anonymous " + r + " -> " + anon.statusCode());
                }
                // every role, with its own valid token
                for (Role role : Role.values()) {
                    if (r.path().startsWith("/admin/logout")) continue; // logging out is for everyone (and would end the session)
                    HttpResponse<String> res = post ? site.postForm(path, "csrf=" + csrf.get(role), "Cookie", cookies.get(role))
                            : site.get(path, "Cookie", cookies.get(role));
                    checks++;
                    boolean allowed = AdminAccess.allows(role, r.path());
                    if (!allowed && res.statusCode() != 403) problems.add(role + " " + r + " -> " + res.statusCode() + " (expected 403)");
                    if (allowed && (res.statusCode() == 403 || res.statusCode() >= 500)) problems.add(role + " " + r + " -> " + res.statusCode());
                    // every page has the menu (a download, such as the OPML export, is not a page)
                    if (allowed && !post && res.statusCode() == 200 && res.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                        assertThat(res.body()).as("menu and log out on " + path).contains("action=\"/admin/logout\"");
                    }
                }
                if (post) {
                    for (String form : List.of("", "csrf=", "csrf=wrong", "csrf=" + csrf.get(Role.EDITOR))) {
                        HttpResponse<String> res = site.postForm(path, form, "Cookie", cookies.get(Role.ADMIN));
                        checks++;
                        if (res.statusCode() != 403) problems.add("admin without its token (" + form + ") " + r + " -> " + res.statusCode());
                    }
                }
            }
            assertThat(problems).isEmpty();
            assertThat(checks).isGreaterThan(100);
            // the rules themselves: what each role may open
            assertThat(AdminAccess.allows(Role.MODERATOR, "/admin/comments")).isTrue();
            assertThat(AdminAccess.allows(Role.MODERATOR, "/admin/review")).isFalse();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/review/x/approve")).isTrue();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/users")).isFalse();
            assertThat(AdminAccess.allows(Role.AUTHOR, "/admin")).isTrue();
            assertThat(AdminAccess.allows(Role.AUTHOR, "/admin/comments")).isFalse();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/not-listed-yet")).isFalse();
            assertThat(AdminAccess.allows(Role.AUTHOR, "/admin/articles/x/submit")).isTrue();
            assertThat(AdminAccess.allows(Role.AUTHOR, "/admin/publishing/x/publish")).isFalse();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/publishing/x/publish")).isTrue();
            assertThat(AdminAccess.allows(Role.MODERATOR, "/admin/articles")).isFalse();
            assertThat(AdminAccess.allows(Role.MODERATOR, "/admin/comments/bulk")).isTrue();
            assertThat(AdminAccess.allows(Role.MODERATOR, "/admin/comments/blocks/x/unblock")).isTrue();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/home/lead")).isTrue();
            assertThat(AdminAccess.allows(Role.MODERATOR, "/admin/home")).isFalse();
            assertThat(AdminAccess.allows(Role.AUTHOR, "/admin/home/articles/x/hide")).isFalse();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/settings")).isFalse();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/ads/x/save")).isFalse();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/authors/x/save")).isTrue();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/outlets/x/save")).isTrue();
            assertThat(AdminAccess.allows(Role.EDITOR, "/admin/sources/opml/import")).isTrue();
            assertThat(AdminAccess.allows(Role.AUTHOR, "/admin/authors")).isFalse();
            assertThat(AdminAccess.allows(Role.MODERATOR, "/admin/outlets")).isFalse();
        }
    }
}
