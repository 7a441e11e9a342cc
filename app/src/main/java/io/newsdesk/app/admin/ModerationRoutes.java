package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.newsdesk.app.admin.AdminViews.ModerationView;
import io.newsdesk.app.admin.AdminViews.PendingComment;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.site.comments.CommentText;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.store.CommentStore;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.PageCache;
import io.newsdesk.app.web.Renderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** /admin/comments: approve or delete comments waiting for moderation (each in the audit log). */
public final class ModerationRoutes {
    private final AdminAuth auth;
    private final CommentStore comments;
    private final ArticleStore articles;
    private final ReaderPages pages;
    private final Renderer renderer;
    private final PageCache cache;
    private final AuditLog audit;

    public ModerationRoutes(AdminAuth auth, CommentStore comments, ArticleStore articles, ReaderPages pages, Renderer renderer,
                            PageCache cache, AuditLog audit) {
        this.auth = auth;
        this.comments = comments;
        this.articles = articles;
        this.pages = pages;
        this.renderer = renderer;
        this.cache = cache;
        this.audit = audit;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/comments", this::list);
        routes.post("/admin/comments/{id}/approve", ctx -> act(ctx, true));
        routes.post("/admin/comments/{id}/delete", ctx -> act(ctx, false));
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
                new ModerationView(pages.bareChrome(), AdminViews.meta("Comments awaiting moderation"), AdminAuth.nav(ctx), pending, notice)));
    }

    private void act(Context ctx, boolean approve) {
        String id = ctx.pathParam("id");
        Optional<Comment> before = comments.byId(id);
        boolean done = approve ? comments.approve(id) : comments.delete(id);
        if (done) {
            cache.invalidateAll(); // the article page and comment counts change
            Comment c = before.orElseThrow();
            audit.record(auth.actor(ctx), approve ? "comment.approved" : "comment.deleted", "comment " + id,
                    Map.of("status", c.status().name().toLowerCase(), "author", c.authorName(), "article_id", c.articleId()),
                    approve ? Map.of("status", "approved") : Map.of("status", "deleted"));
        }
        ctx.redirect("/admin/comments" + (done ? "?done=" + (approve ? "approved" : "deleted") : ""), HttpStatus.SEE_OTHER);
    }
}
