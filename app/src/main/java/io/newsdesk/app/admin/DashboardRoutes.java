package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.admin.AdminViews.DashboardCount;
import io.newsdesk.app.admin.AdminViews.DashboardView;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.queue.JobState;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.BoundedCount;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** /admin: the dashboard's counts, each linked to its page when the user's role opens it. */
public final class DashboardRoutes {
    private final Jdbi jdbi;
    private final ReaderPages pages;
    private final Renderer renderer;
    private final Clock clock;

    public DashboardRoutes(Jdbi jdbi, ReaderPages pages, Renderer renderer, Clock clock) {
        this.jdbi = jdbi;
        this.pages = pages;
        this.renderer = renderer;
        this.clock = clock;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin", this::dashboard);
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private void dashboard(Context ctx) {
        long dayStart = clock.millis() / 86_400_000L * 86_400_000L;
        long held = count(BoundedCount.sql("SELECT 1 FROM article_translations WHERE state IN ('held', 'awaiting')"));
        long comments = count(BoundedCount.sql("SELECT 1 FROM comments WHERE status = 'pending'"));
        long failing = count("SELECT COUNT(*) FROM sources WHERE consecutive_failures > 0 OR status = 'paused'");
        Map<JobState, Long> queue = new JobQueue(jdbi).counts();
        long waiting = queue.get(JobState.QUEUED) + queue.get(JobState.RUNNING) + queue.get(JobState.FAILED);
        long views = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(views), 0) FROM page_views WHERE hour_start >= :day")
                .bind("day", dayStart).mapTo(Long.class).one());
        long publishedToday = jdbi.withHandle(h -> h.createQuery(
                        BoundedCount.sql("SELECT 1 FROM articles WHERE status = 'published' AND published_at >= :day"))
                .bind("day", dayStart).mapTo(Long.class).one());
        Role role = AdminAuth.sessionOf(ctx).user().role();
        List<DashboardCount> counts = new ArrayList<>();
        for (DashboardCount c : List.of(
                new DashboardCount("Articles published today (UTC)", BoundedCount.shown(publishedToday), null, false),
                new DashboardCount("Translations waiting for review", BoundedCount.shown(held), "/admin/review", held > 0),
                new DashboardCount("Comments waiting", BoundedCount.shown(comments), "/admin/comments", comments > 0),
                new DashboardCount("Failing or paused sources", Long.toString(failing), "/admin/status", failing > 0),
                new DashboardCount("Jobs in the import queue", Long.toString(waiting), "/admin/status", false),
                new DashboardCount("Jobs given up", Long.toString(queue.get(JobState.DEAD)), "/admin/status", queue.get(JobState.DEAD) > 0),
                new DashboardCount("Views today (UTC)", Long.toString(views), null, false))) {
            counts.add(c.path() == null || AdminAccess.allows(role, c.path()) ? c
                    : new DashboardCount(c.label(), c.value(), null, c.warn()));
        }
        ctx.contentType(HttpCaching.HTML).result(renderer.render("admin/dashboard.jte",
                new DashboardView(pages.bareChrome(), AdminViews.meta("Dashboard"), AdminAuth.nav(ctx), counts,
                        welcome(ctx.queryParam("welcome")), AdminAccess.allows(role, "/admin/status") ? LastErrors.read(jdbi) : List.of())));
    }

    private static String welcome(String which) {
        return switch (String.valueOf(which)) {
            case "site" -> "Your site is set up and you are logged in. Invite your colleagues under Users.";
            case "user" -> "Your account is ready and you are logged in.";
            default -> null;
        };
    }
}
