package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.accounts.Accounts;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.accounts.User;
import io.newsdesk.app.admin.AdminViews.AccountView;
import io.newsdesk.app.admin.AdminViews.UserRow;
import io.newsdesk.app.admin.AdminViews.UsersView;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.web.FailureLockout;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * /admin/users (admins): the accounts, invitation links, disabling, ending a user's sessions, lifting a login
 * lockout; /admin/account (everyone): one's own password.
 */
public final class UserRoutes {
    private final AdminAuth auth;
    private final Accounts accounts;
    private final FailureLockout lockout;
    private final ReaderPages pages;
    private final Renderer renderer;
    private final String baseUrl;

    public UserRoutes(AdminAuth auth, Accounts accounts, FailureLockout lockout, ReaderPages pages, Renderer renderer, String baseUrl) {
        this.auth = auth;
        this.accounts = accounts;
        this.lockout = lockout;
        this.pages = pages;
        this.renderer = renderer;
        this.baseUrl = baseUrl;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/users", ctx -> users(ctx, null, null, null, HttpStatus.OK));
        routes.post("/admin/users/invite", this::invite);
        routes.post("/admin/users/{id}/disable", ctx -> disable(ctx, true));
        routes.post("/admin/users/{id}/enable", ctx -> disable(ctx, false));
        routes.post("/admin/users/{id}/logout-everywhere", this::endSessions);
        routes.post("/admin/users/{id}/unlock", this::unlock);
        routes.get("/admin/account", ctx -> account(ctx, null, HttpStatus.OK));
        routes.post("/admin/account/password", this::changePassword);
    }

    private void users(Context ctx, String inviteLink, String inviteRole, String error, HttpStatus status) {
        List<String> locked = lockout.lockedKeys();
        String me = AdminAuth.sessionOf(ctx).user().id();
        List<UserRow> rows = accounts.users().all().stream()
                .map(u -> new UserRow(u, locked.contains(LoginRoutes.lockoutKey(u.name())), u.id().equals(me))).toList();
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "disabled" -> "The user is disabled and logged out everywhere.";
            case "enabled" -> "The user can log in again.";
            case "sessions" -> "The user is logged out everywhere.";
            case "unlocked" -> "The lockout is lifted.";
            default -> null;
        };
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/users.jte", new UsersView(pages.bareChrome(),
                AdminViews.meta("Users"), AdminAuth.nav(ctx), rows, Arrays.stream(Role.values()).map(Role::label).toList(),
                inviteLink, inviteRole, notice, error)));
    }

    private User user(Context ctx) {
        return accounts.users().byId(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such user."));
    }

    private void invite(Context ctx) {
        Role role = Role.parse(ctx.formParam("role")).orElse(null);
        if (role == null) {
            users(ctx, null, null, "Choose a role for the invitation.", HttpStatus.BAD_REQUEST);
            return;
        }
        // shown once, here: only the token's hash is kept
        String token = accounts.invite(role, auth.actor(ctx));
        users(ctx, baseUrl + "/admin/invite?token=" + token, role.label(), null, HttpStatus.OK);
    }

    private void disable(Context ctx, boolean disabled) {
        User u = user(ctx);
        if (disabled && u.id().equals(AdminAuth.sessionOf(ctx).user().id())) {
            users(ctx, null, null, "You cannot disable yourself.", HttpStatus.BAD_REQUEST);
            return;
        }
        try {
            accounts.setDisabled(u, disabled, auth.actor(ctx));
        } catch (IllegalArgumentException e) {
            users(ctx, null, null, e.getMessage(), HttpStatus.BAD_REQUEST);
            return;
        }
        ctx.redirect("/admin/users?done=" + (disabled ? "disabled" : "enabled"), HttpStatus.SEE_OTHER);
    }

    private void endSessions(Context ctx) {
        User u = user(ctx);
        accounts.endSessions(u, auth.actor(ctx));
        ctx.redirect(u.id().equals(AdminAuth.sessionOf(ctx).user().id()) ? "/admin/login" : "/admin/users?done=sessions", HttpStatus.SEE_OTHER);
    }

    private void unlock(Context ctx) {
        User u = user(ctx);
        boolean was = lockout.lift(LoginRoutes.lockoutKey(u.name()));
        accounts.audit().record(auth.actor(ctx), "login.lockout-lifted", u.name(), Map.of("locked", was), Map.of("locked", false));
        ctx.redirect("/admin/users?done=unlocked", HttpStatus.SEE_OTHER);
    }

    private void account(Context ctx, String error, HttpStatus status) {
        String notice = "changed".equals(ctx.queryParam("done")) ? "Your password is changed; your other sessions are ended." : null;
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/account.jte",
                new AccountView(pages.bareChrome(), AdminViews.meta("My account"), AdminAuth.nav(ctx), notice, error)));
    }

    private void changePassword(Context ctx) {
        User me = AdminAuth.sessionOf(ctx).user();
        try {
            accounts.changePassword(me, PasswordFields.of(ctx, "current"), PasswordFields.of(ctx, "password"),
                    PasswordFields.of(ctx, "password2"), auth.actor(ctx));
        } catch (IllegalArgumentException e) {
            account(ctx, e.getMessage(), HttpStatus.BAD_REQUEST);
            return;
        }
        auth.startSession(ctx, me); // every session ended with the old password; this browser goes on with a new one
        ctx.redirect("/admin/account?done=changed", HttpStatus.SEE_OTHER);
    }
}
