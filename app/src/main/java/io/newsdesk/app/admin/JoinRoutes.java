package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.newsdesk.app.accounts.Accounts;
import io.newsdesk.app.accounts.Invites;
import io.newsdesk.app.accounts.User;
import io.newsdesk.app.admin.AdminViews.JoinView;
import io.newsdesk.app.audit.AuditLog.Actor;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.SectionStore;
import io.newsdesk.app.store.SettingStore;
import io.newsdesk.app.web.ClientAddress;
import io.newsdesk.app.web.FormTokens;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.RateLimiter;
import io.newsdesk.app.web.Renderer;
import io.newsdesk.app.web.TrustedProxies;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The one-time links that create an account: /admin/setup (the first admin, who also names the site and its first
 * sections) and /admin/invite (an invitation for a role). Both are public; the link's token is the permission.
 */
public final class JoinRoutes {
    private final AdminAuth auth;
    private final Accounts accounts;
    private final SettingStore settings;
    private final SectionStore sections;
    private final ReaderPages pages;
    private final Renderer renderer;
    private final FormTokens tokens;
    private final RateLimiter limiter;
    private final TrustedProxies proxies;
    private final SiteSetup defaults;
    private final Clock clock;

    public JoinRoutes(AdminAuth auth, Accounts accounts, SettingStore settings, SectionStore sections, ReaderPages pages,
                      Renderer renderer, FormTokens tokens, RateLimiter limiter, TrustedProxies proxies, String siteName, String siteLanguage, String baseUrl,
                      Clock clock) {
        this.auth = auth;
        this.accounts = accounts;
        this.settings = settings;
        this.sections = sections;
        this.pages = pages;
        this.renderer = renderer;
        this.tokens = tokens;
        this.limiter = limiter;
        this.proxies = proxies;
        this.defaults = new SiteSetup(siteName, siteLanguage, baseUrl == null ? "" : baseUrl, java.util.List.of("News"));
        this.clock = clock;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/setup", ctx -> page(ctx, true, null, HttpStatus.OK));
        routes.post("/admin/setup", ctx -> join(ctx, true));
        routes.get("/admin/invite", ctx -> page(ctx, false, null, HttpStatus.OK));
        routes.post("/admin/invite", ctx -> join(ctx, false));
    }

    private static String param(Context ctx, String name) {
        return ctx.method() == HandlerType.POST ? ctx.formParam(name) : ctx.queryParam(name);
    }

    private Optional<Invites.Invite> invite(Context ctx, boolean setup) {
        return accounts.invites().open(param(ctx, "token"), clock.instant())
                .filter(i -> i.purpose().equals(setup ? Invites.SETUP : Invites.INVITE))
                .filter(i -> !setup || accounts.users().count() == 0);
    }

    private void page(Context ctx, boolean setup, String error, HttpStatus status) {
        Optional<Invites.Invite> invite = invite(ctx, setup);
        String purpose = setup ? "admin-setup" : "admin-invite";
        boolean post = ctx.method() == HandlerType.POST;
        JoinView view = invite.isEmpty()
                ? new JoinView(pages.bareChrome(), AdminViews.meta(setup ? "Set up" : "Invitation"), setup, null, null, null,
                        "This link is used, expired or not valid." + (setup ? " The site may be set up already: log in instead." : ""),
                        null, null, null, null, null)
                : new JoinView(pages.bareChrome(), AdminViews.meta(setup ? "Set up your site" : "Create your account"), setup,
                        invite.get().role().label(), param(ctx, "token"), tokens.issue(purpose), error,
                        post ? ctx.formParam("name") : null,
                        post ? ctx.formParam("site_name") : defaults.name(),
                        post ? ctx.formParam("site_language") : defaults.language(),
                        post ? ctx.formParam("base_url") : defaults.baseUrl(),
                        post ? ctx.formParam("sections") : String.join("\n", defaults.sections()));
        ctx.status(invite.isEmpty() ? HttpStatus.GONE : status).contentType(HttpCaching.HTML)
                .result(renderer.render("admin/join.jte", view));
    }

    private void join(Context ctx, boolean setup) {
        String client = ClientAddress.of(ctx, proxies);
        if (!tokens.valid(setup ? "admin-setup" : "admin-invite", ctx.formParam("csrf"))) {
            page(ctx, setup, "This form has expired. Please try again.", HttpStatus.FORBIDDEN);
            return;
        }
        if (!limiter.tryAcquire(client)) {
            page(ctx, setup, "Too many attempts. Please wait a few minutes.", HttpStatus.TOO_MANY_REQUESTS);
            return;
        }
        if (invite(ctx, setup).isEmpty()) {
            page(ctx, setup, null, HttpStatus.GONE);
            return;
        }
        User user;
        try {
            SiteSetup site = setup ? SiteSetup.of(ctx.formParam("site_name"), ctx.formParam("site_language"),
                    ctx.formParam("base_url"), ctx.formParam("sections")) : null;
            user = accounts.accept(ctx.formParam("token"), ctx.formParam("name"), PasswordFields.of(ctx, "password"),
                    PasswordFields.of(ctx, "password2"), client);
            if (site != null) {
                accounts.audit().record(new Actor(user.id(), user.name(), client), "site.set-up", site.name(), Map.of(),
                        site.apply(settings, sections));
            }
        } catch (IllegalArgumentException e) {
            page(ctx, setup, e.getMessage(), HttpStatus.BAD_REQUEST);
            return;
        }
        auth.startSession(ctx, user);
        ctx.redirect("/admin" + (setup ? "?welcome=site" : "?welcome=user"), HttpStatus.SEE_OTHER);
    }
}
