package io.newsdesk.app.site.comments;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.store.ClientBlockStore;
import io.newsdesk.app.store.CommentStore;
import io.newsdesk.app.web.FormTokens;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.ClientAddress;
import io.newsdesk.app.web.RateLimiter;
import io.newsdesk.app.web.TrustedProxies;
import io.newsdesk.app.web.Renderer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the "Leave a reply" form. A valid comment waits for moderation; an invalid one
 * re-renders the article with the messages beside the fields and the reader's text kept. Each comment records its
 * client as a keyed hash of the address (never the address); a comment from a client a moderator blocked is stored
 * as spam at once, and its writer sees the usual "awaiting moderation" (so a blocked client is not told to move on).
 */
public final class CommentRoutes {
    private static final Logger log = LoggerFactory.getLogger(CommentRoutes.class);
    /** Bots fill every field; people never see this one. */
    public static final String HONEYPOT = "website";

    private final ArticleStore articles;
    private final CommentStore comments;
    private final ReaderPages pages;
    private final Renderer renderer;
    private final FormTokens tokens;
    private final RateLimiter limiter;
    private final TrustedProxies proxies;
    private final Clock clock;
    private final ClientBlockStore blocks;

    /** @param blocks the blocked clients, whose comments go to spam */
    public CommentRoutes(ArticleStore articles, CommentStore comments, ReaderPages pages, Renderer renderer, FormTokens tokens,
                         RateLimiter limiter, TrustedProxies proxies, Clock clock, ClientBlockStore blocks) {
        this.articles = articles;
        this.comments = comments;
        this.pages = pages;
        this.renderer = renderer;
        this.tokens = tokens;
        this.limiter = limiter;
        this.proxies = proxies;
        this.clock = clock;
        this.blocks = blocks;
    }

    public void register(RoutesConfig routes) {
        routes.post(SitePaths.article("{slug}") + "/comments", this::submit);
    }

    private void submit(Context ctx) {
        Article article = articles.bySlug(ctx.pathParam("slug"))
                .filter(a -> a.status() == ArticleStatus.PUBLISHED).orElseThrow(NotFoundResponse::new);
        String articleUrl = SitePaths.article(article.slug());
        // Every POST counts, valid or not, and is counted before any work on its text.
        String client = ClientAddress.of(ctx, proxies);
        if (!limiter.tryAcquire(client)) {
            CommentForm typed = CommentForm.unchecked(ctx.formParam("name"), ctx.formParam("email"), ctx.formParam("comment"),
                    ctx.formParam("parent"));
            reject(ctx, article, typed.withError("form", "You are commenting too quickly. Please wait a few minutes and try again."),
                    HttpStatus.TOO_MANY_REQUESTS);
            return;
        }
        CommentForm form = CommentForm.submitted(ctx.formParam("name"), ctx.formParam("email"), ctx.formParam("comment"),
                ctx.formParam("parent"));
        if (!tokens.valid("comment:" + article.id(), ctx.formParam("csrf"))) {
            reject(ctx, article, form.withError("form", "This form has expired. Please send your comment again."), HttpStatus.FORBIDDEN);
            return;
        }
        String honeypot = ctx.formParam(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            log.info("comment dropped by honeypot on {}", article.slug());
            ctx.redirect(articleUrl + "?comment=pending#comments", HttpStatus.SEE_OTHER);
            return;
        }
        if (!form.valid()) {
            reject(ctx, article, form, HttpStatus.BAD_REQUEST);
            return;
        }
        String parent = replyParent(article, form.parentId());
        String clientHash = clientHash(client);
        boolean blocked = blocks.isBlocked(clientHash);
        if (blocked) log.info("comment from a blocked client stored as spam on {}", article.slug());
        comments.add(article.id(), parent, form.name(), form.email().isEmpty() ? null : form.email(), form.comment(),
                blocked ? Comment.Status.SPAM : Comment.Status.PENDING, clock.instant(), clientHash);
        ctx.redirect(articleUrl + "?comment=pending#comments", HttpStatus.SEE_OTHER);
    }

    /** The keyed hash that stands for a client address: the same on every node (the form secret), not reversible without it. */
    private String clientHash(String address) {
        return tokens.sign("comment-client|" + address);
    }

    /** Replies are one level deep: a reply to a reply joins the thread of the top comment. */
    private String replyParent(Article article, String parentId) {
        if (parentId == null) return null;
        return comments.byId(parentId)
                .filter(c -> c.articleId().equals(article.id()) && c.status() == Comment.Status.APPROVED)
                .map(c -> c.parentId() == null ? c.id() : c.parentId())
                .orElse(null);
    }

    private void reject(Context ctx, Article article, CommentForm form, HttpStatus status) {
        var view = pages.article(article.slug(), form, null, form.parentId()).orElseThrow(NotFoundResponse::new);
        ctx.status(status).header("Cache-Control", "private, no-store");
        ctx.contentType(HttpCaching.HTML).result(renderer.render("article.jte", view));
    }
}
