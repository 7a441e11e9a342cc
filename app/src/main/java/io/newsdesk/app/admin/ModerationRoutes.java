package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.admin.AdminViews.BlocksView;
import io.newsdesk.app.admin.AdminViews.ModerationView;
import io.newsdesk.app.admin.AdminViews.PendingComment;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.site.comments.CommentText;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.store.ClientBlockStore;
import io.newsdesk.app.store.CommentStore;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * /admin/comments (moderators, editors, admins): the comments waiting for moderation, or those marked spam; approve,
 * delete or mark spam one at a time or many at once (checkboxes), and block the client that wrote a comment (its
 * later comments go to spam unseen; /admin/comments/blocks lists the blocks and lifts them). Every change is audited.
 */
public final class ModerationRoutes {
    /** Comments listed per page, and taken by one bulk action at most. */
    static final int LIST_LIMIT = 200;

    enum Action {
        APPROVE("approved", "comment.approved"), DELETE("deleted", "comment.deleted"), SPAM("marked as spam", "comment.marked_spam"),
        BLOCK("blocked", "comment.client_blocked");

        final String done;
        final String audited;

        Action(String done, String audited) {
            this.done = done;
            this.audited = audited;
        }

        static Optional<Action> parse(String s) {
            if (s == null) return Optional.empty();
            try {
                return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private final AdminAuth auth;
    private final CommentStore comments;
    private final ClientBlockStore blocks;
    private final ArticleStore articles;
    private final ReaderPages pages;
    private final Renderer renderer;
    private final Runnable contentChanged; // drops readers' pages on every node
    private final AuditLog audit;
    private final Clock clock;

    public ModerationRoutes(AdminAuth auth, CommentStore comments, ClientBlockStore blocks, ArticleStore articles, ReaderPages pages,
                            Renderer renderer, Runnable contentChanged, AuditLog audit, Clock clock) {
        this.auth = auth;
        this.comments = comments;
        this.blocks = blocks;
        this.articles = articles;
        this.pages = pages;
        this.renderer = renderer;
        this.contentChanged = contentChanged;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/comments", ctx -> list(ctx, null, HttpStatus.OK));
        routes.post("/admin/comments/{id}/approve", ctx -> one(ctx, Action.APPROVE));
        routes.post("/admin/comments/{id}/delete", ctx -> one(ctx, Action.DELETE));
        routes.post("/admin/comments/{id}/spam", ctx -> one(ctx, Action.SPAM));
        routes.post("/admin/comments/{id}/block", ctx -> one(ctx, Action.BLOCK));
        routes.post("/admin/comments/bulk", this::bulk);
        routes.get("/admin/comments/blocks", this::blocks);
        routes.post("/admin/comments/blocks/{hash}/unblock", this::unblock);
    }

    private void list(Context ctx, String error, HttpStatus status) {
        boolean spam = "spam".equals(ctx.queryParam("show"));
        Map<String, Optional<Article>> byId = new HashMap<>();
        List<PendingComment> shown = new ArrayList<>();
        for (Comment c : comments.inStatus(spam ? Comment.Status.SPAM : Comment.Status.PENDING, LIST_LIMIT)) {
            Optional<Article> a = byId.computeIfAbsent(c.articleId(), articles::byId);
            Optional<String> client = comments.clientHash(c.id());
            shown.add(new PendingComment(c.id(), a.map(Article::title).orElse("(deleted article)"),
                    a.map(x -> SitePaths.article(x.slug())).orElse("/"), c.authorName(), c.authorEmail(),
                    CommentText.toHtml(c.body()), c.createdAt(), c.parentId() != null, client.isPresent(),
                    client.map(blocks::isBlocked).orElse(false)));
        }
        String done = ctx.queryParam("done");
        String notice = null;
        if (done != null) {
            int n = parseCount(ctx.queryParam("n"));
            notice = Action.parse(done).map(a -> (n == 1 ? "The comment is " : n + " comments are ") + a.done
                    + (a == Action.APPROVE ? " and now shown on " + (n == 1 ? "its article." : "their articles.")
                    : a == Action.BLOCK ? ": their writers' new comments go to spam unseen." : ".")).orElse(null);
        }
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/comments.jte",
                new ModerationView(pages.bareChrome(), AdminViews.meta(spam ? "Comments marked as spam" : "Comments awaiting moderation"),
                        AdminAuth.nav(ctx), shown, notice, spam, comments.count(Comment.Status.PENDING),
                        comments.count(Comment.Status.SPAM), blocks.count(), error)));
    }

    private static int parseCount(String s) {
        try {
            return s == null ? 1 : Math.max(1, Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void one(Context ctx, Action action) {
        String id = ctx.pathParam("id");
        if (comments.byId(id).isEmpty()) throw new NotFoundResponse("No such comment.");
        Optional<String> refused = action == Action.BLOCK && comments.clientHash(id).isEmpty()
                ? Optional.of("This comment was written before clients were recorded: its writer cannot be blocked.") : Optional.empty();
        if (refused.isPresent()) {
            list(ctx, refused.get(), HttpStatus.BAD_REQUEST);
            return;
        }
        int n = apply(ctx, action, List.of(id));
        ctx.redirect(back(ctx) + (n > 0 ? sep(ctx) + "done=" + action.name().toLowerCase(Locale.ROOT) : ""), HttpStatus.SEE_OTHER);
    }

    /** Many comments at once: the checked ids ({@code id}, repeated) and the button pressed ({@code action}). */
    private void bulk(Context ctx) {
        Optional<Action> action = Action.parse(ctx.formParam("action"));
        Set<String> ids = new LinkedHashSet<>(ctx.formParams("id"));
        if (action.isEmpty() || ids.isEmpty()) {
            list(ctx, action.isEmpty() ? "Choose what to do with the comments." : "Tick the comments to act on first.", HttpStatus.BAD_REQUEST);
            return;
        }
        if (ids.size() > LIST_LIMIT) {
            list(ctx, "At most " + LIST_LIMIT + " comments at once.", HttpStatus.BAD_REQUEST);
            return;
        }
        int n = apply(ctx, action.get(), List.copyOf(ids));
        ctx.redirect(back(ctx) + (n > 0 ? sep(ctx) + "done=" + action.get().name().toLowerCase(Locale.ROOT) + "&n=" + n : ""),
                HttpStatus.SEE_OTHER);
    }

    /** Where a change returns: the list it came from (waiting or spam). */
    private static String back(Context ctx) {
        return "spam".equals(ctx.formParam("show")) ? "/admin/comments?show=spam" : "/admin/comments";
    }

    private static String sep(Context ctx) {
        return back(ctx).contains("?") ? "&" : "?";
    }

    /** Applies an action to each comment, auditing each one; returns how many changed. */
    private int apply(Context ctx, Action action, List<String> ids) {
        int changed = 0;
        for (String id : ids) {
            Optional<Comment> found = comments.byId(id);
            if (found.isEmpty()) continue;
            Comment c = found.get();
            Map<String, Object> before = Map.of("status", c.status().name().toLowerCase(Locale.ROOT), "author", c.authorName(),
                    "article_id", c.articleId());
            boolean done = switch (action) {
                case APPROVE -> comments.approve(id);
                case DELETE -> comments.delete(id);
                case SPAM -> comments.markSpam(id);
                case BLOCK -> block(ctx, c);
            };
            if (!done) continue;
            changed++;
            Map<String, Object> after = switch (action) {
                case APPROVE -> Map.of("status", "approved");
                case DELETE -> Map.of("status", "deleted");
                case SPAM -> Map.of("status", "spam");
                case BLOCK -> Map.of("status", "spam", "client", "blocked");
            };
            audit.record(auth.actor(ctx), action.audited, "comment " + id, before, after);
        }
        if (changed > 0) contentChanged.run(); // article pages and comment counts change
        return changed;
    }

    /** Blocks the comment's client and marks the comment spam; false when its client is unknown. */
    private boolean block(Context ctx, Comment c) {
        Optional<String> client = comments.clientHash(c.id());
        if (client.isEmpty()) return false;
        AuditLog.Actor actor = auth.actor(ctx);
        blocks.block(client.get(), actor.userName(), c.authorName(), ctx.formParam("reason"), clock.instant());
        comments.markSpam(c.id());
        return true;
    }

    private void blocks(Context ctx) {
        String notice = "unblocked".equals(ctx.queryParam("done")) ? "The client is unblocked: its new comments wait for moderation again." : null;
        ctx.contentType(HttpCaching.HTML).result(renderer.render("admin/comment-blocks.jte",
                new BlocksView(pages.bareChrome(), AdminViews.meta("Blocked commenters"), AdminAuth.nav(ctx), blocks.all(), notice)));
    }

    private void unblock(Context ctx) {
        String hash = ctx.pathParam("hash");
        ClientBlockStore.Block b = blocks.find(hash).orElseThrow(() -> new NotFoundResponse("No such block."));
        blocks.unblock(hash);
        audit.record(auth.actor(ctx), "comment.client_unblocked", "client " + b.shortHash(),
                Map.of("blocked", true, "author", String.valueOf(b.authorName())), Map.of("blocked", false));
        ctx.redirect("/admin/comments/blocks?done=unblocked", HttpStatus.SEE_OTHER);
    }
}
