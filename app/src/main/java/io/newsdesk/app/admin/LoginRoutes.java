package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.newsdesk.app.accounts.Accounts;
import io.newsdesk.app.admin.AdminViews.LoginView;
import io.newsdesk.app.audit.AuditLog.Actor;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.web.ClientAddress;
import io.newsdesk.app.web.FailureLockout;
import io.newsdesk.app.web.FormTokens;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.RateLimiter;
import io.newsdesk.app.web.Renderer;
import io.newsdesk.app.web.TrustedProxies;
import java.util.Locale;
import java.util.Map;

/** /admin/login (back to the page asked for), /admin/logout and /admin/logout-everywhere. */
public final class LoginRoutes {
    private final AdminAuth auth;
    private final Accounts accounts;
    private final ReaderPages pages;
    private final Renderer renderer;
    private final FormTokens tokens;
    private final RateLimiter loginLimiter;
    private final FailureLockout accountLockout;
    private final TrustedProxies proxies;

    /**
     * {@code loginLimiter} counts login attempts per client address; {@code accountLockout} counts wrong passwords
     * per account name from every address, so many addresses (or one proxy's) cannot guess on and on.
     */
    public LoginRoutes(AdminAuth auth, Accounts accounts, ReaderPages pages, Renderer renderer, FormTokens tokens,
                       RateLimiter loginLimiter, FailureLockout accountLockout, TrustedProxies proxies) {
        this.auth = auth;
        this.accounts = accounts;
        this.pages = pages;
        this.renderer = renderer;
        this.tokens = tokens;
        this.loginLimiter = loginLimiter;
        this.accountLockout = accountLockout;
        this.proxies = proxies;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/login", ctx -> login(ctx, null, HttpStatus.OK));
        routes.post("/admin/login", this::doLogin);
        routes.post("/admin/logout", this::logout);
        routes.post("/admin/logout-everywhere", this::logoutEverywhere);
    }

    /** The lockout's key for a typed name: the same account however it is capitalised or padded. */
    static String lockoutKey(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    private void login(Context ctx, String error, HttpStatus status) {
        String next = (ctx.method() == HandlerType.POST) ? ctx.formParam("next") : ctx.queryParam("next");
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/login.jte",
                new LoginView(pages.bareChrome(), AdminViews.meta("Log in"), tokens.issue("admin-login"), error,
                        accounts.users().count() > 0, (ctx.method() == HandlerType.POST) ? ctx.formParam("name") : null,
                        LocalRedirect.or(next))));
    }

    private void doLogin(Context ctx) {
        String client = ClientAddress.of(ctx, proxies);
        String name = ctx.formParam("name");
        String key = lockoutKey(name);
        if (!tokens.valid("admin-login", ctx.formParam("csrf"))) {
            login(ctx, "This form has expired. Please try again.", HttpStatus.FORBIDDEN);
        } else if (!loginLimiter.tryAcquire(client)) {
            login(ctx, "Too many attempts. Please wait a few minutes.", HttpStatus.TOO_MANY_REQUESTS);
        } else if (accountLockout.locked(key)) {
            // even the right password is refused while locked: otherwise guessing would simply go on
            accounts.audit().record(Actor.anonymous(client), "login.failed", key, Map.of(), Map.of("reason", "locked"));
            login(ctx, "Too many attempts. Logging in to this account is locked for a while; please try again later "
                    + "or ask an admin to lift the lockout.", HttpStatus.TOO_MANY_REQUESTS);
        } else {
            Accounts.Login result = accounts.login(name, PasswordFields.of(ctx, "password"), client);
            switch (result.result()) {
                case WRONG -> {
                    accountLockout.failed(key);
                    login(ctx, "That name or password is not right.", HttpStatus.UNAUTHORIZED);
                }
                case DISABLED -> login(ctx, "This account is disabled.", HttpStatus.FORBIDDEN);
                case OK -> {
                    auth.startSession(ctx, result.user());
                    ctx.redirect(LocalRedirect.or(ctx.formParam("next")), HttpStatus.SEE_OTHER);
                }
            }
        }
    }

    private void logout(Context ctx) {
        auth.endSession(ctx);
        ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }

    private void logoutEverywhere(Context ctx) {
        accounts.endSessions(AdminAuth.sessionOf(ctx).user(), auth.actor(ctx));
        auth.endSession(ctx);
        ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }
}
