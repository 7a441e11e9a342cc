package io.newsdesk.app.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.newsdesk.app.admin.AdminViews.LoginView;
import io.newsdesk.app.admin.AdminViews.ModerationView;
import io.newsdesk.app.admin.AdminViews.PendingComment;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.site.comments.CommentText;
import io.newsdesk.app.site.view.Views.Meta;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.store.CommentStore;
import io.newsdesk.app.web.ClientAddress;
import io.newsdesk.app.web.FailureLockout;
import io.newsdesk.app.web.FormTokens;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.PageCache;
import io.newsdesk.app.web.RateLimiter;
import io.newsdesk.app.web.Renderer;
import io.newsdesk.app.web.TrustedProxies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** /admin/login and /admin/comments: approve or delete comments waiting for moderation. */
public final class ModerationRoutes {

    private final AdminAuth auth;
    private final CommentStore comments;
    private final ArticleStore articles;
    private final ReaderPages pages;
    private final Renderer renderer;
    private final PageCache cache;
    private final FormTokens tokens;
    private final RateLimiter loginLimiter;
    private final FailureLockout accountLockout;
    private final TrustedProxies proxies;

    /**
     * {@code loginLimiter} counts login attempts per client address; {@code accountLockout} counts wrong passwords
     * for the admin account from every address, so many addresses (or one proxy's) cannot guess on and on.
     */
    public ModerationRoutes(AdminAuth auth, CommentStore comments, ArticleStore articles, ReaderPages pages, Renderer renderer,
                            PageCache cache, FormTokens tokens, RateLimiter loginLimiter, FailureLockout accountLockout,
                            TrustedProxies proxies) {
        this.auth = auth;
        this.comments = comments;
        this.articles = articles;
        this.pages = pages;
        this.renderer = renderer;
        this.cache = cache;
        this.tokens = tokens;
        this.loginLimiter = loginLimiter;
        this.accountLockout = accountLockout;
        this.proxies = proxies;
    }

    public void register(RoutesConfig routes) {
        routes.before("/admin/*", ctx -> ctx.header("Cache-Control", "private, no-store"));
        routes.get("/admin", ctx -> ctx.redirect("/admin/comments", HttpStatus.SEE_OTHER));
        routes.get("/admin/login", ctx -> login(ctx, null, HttpStatus.OK));
        routes.post("/admin/login", this::doLogin);
        routes.post("/admin/logout", this::logout);
        routes.post("/admin/logout-everywhere", this::logoutEverywhere);
        routes.get("/admin/comments", this::list);
        routes.post("/admin/comments/{id}/approve", ctx -> act(ctx, true));
        routes.post("/admin/comments/{id}/delete", ctx -> act(ctx, false));
    }

    private void login(Context ctx, String error, HttpStatus status) {
        Meta meta = meta("Log in");
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/login.jte",
                new LoginView(pages.bareChrome(), meta, tokens.issue("admin-login"), error, auth.passwordSet())));
    }

    private void doLogin(Context ctx) {
        if (!tokens.valid("admin-login", ctx.formParam("csrf"))) {
            login(ctx, "This form has expired. Please try again.", HttpStatus.FORBIDDEN);
        } else if (!loginLimiter.tryAcquire(ClientAddress.of(ctx, proxies))) {
            login(ctx, "Too many attempts. Please wait a few minutes.", HttpStatus.TOO_MANY_REQUESTS);
        } else if (accountLockout.locked()) {
            // even the right password is refused while locked: otherwise guessing would simply go on
            login(ctx, "Too many attempts. Logging in is locked for a while; please try again later.", HttpStatus.TOO_MANY_REQUESTS);
        } else if (!auth.checkPassword(ctx.formParam("password"))) {
            accountLockout.failed();
            login(ctx, "That password is not right.", HttpStatus.UNAUTHORIZED);
        } else {
            auth.startSession(ctx);
            ctx.redirect("/admin/comments", HttpStatus.SEE_OTHER);
        }
    }

    private void logout(Context ctx) {
        auth.endSession(ctx);
        ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }

    private void logoutEverywhere(Context ctx) {
        auth.endAllSessions(ctx);
        ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }

    private void list(Context ctx) {
        Map<String, Optional<Article>> byId = new HashMap<>();
        List<PendingComment> pending = new ArrayList<>();
        for (Comment c : comments.pending(200)) {
            Optional<Article> a = byId.computeIfAbsent(c.articleId(), articles::byId);
            pending.add(new PendingComment(c.id(), a.map(Article::title).orElse("(deleted article)"),
                    a.map(x -> SitePaths.article(x.slug())).orElse("/"), c.authorName(), c.authorEmail(),
                    CommentText.toHtml(c.body()), c.createdAt(), c.parentId() != null));
        }
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "approved" -> "The comment is approved and now shown on its article.";
            case "deleted" -> "The comment is deleted.";
            default -> null;
        };
        ctx.contentType(HttpCaching.HTML).result(renderer.render("admin/comments.jte",
                new ModerationView(pages.bareChrome(), meta("Comments awaiting moderation"), pending,
                        auth.csrfToken(AdminAuth.sessionOf(ctx)), notice)));
    }

    private void act(Context ctx, boolean approve) {
        String id = ctx.pathParam("id");
        boolean done = approve ? comments.approve(id) : comments.delete(id);
        if (done) cache.invalidateAll(); // the article page and comment counts change
        ctx.redirect("/admin/comments" + (done ? "?done=" + (approve ? "approved" : "deleted") : ""), HttpStatus.SEE_OTHER);
    }

    private Meta meta(String title) {
        return new Meta(title + " | Newsdesk admin", "", "", "website", null, null, null, null, null, true);
    }
}
