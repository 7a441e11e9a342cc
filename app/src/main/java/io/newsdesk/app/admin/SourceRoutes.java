package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.admin.AdminViews.SourcesView;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.ingest.pipeline.IngestStatus;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceAdding;
import io.newsdesk.app.ingest.sources.SourceStatus;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.SectionStore;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * /admin/sources (admins, editors): the sources with their health, add one by URL (its kind detected with one
 * fetch through the server's fetcher, so a private address is refused unless the server allows private
 * networks), pause, resume, remove (confirmed). Every change is audited; a refusal is a 400 that changes nothing.
 */
public final class SourceRoutes {
    private final AdminAuth auth;
    private final Jdbi jdbi;
    private final SourceStore sources;
    private final SourceAdding adding;
    private final SectionStore sections;
    private final AuditLog audit;
    private final ReaderPages pages;
    private final Renderer renderer;

    public SourceRoutes(AdminAuth auth, Jdbi jdbi, SourceAdding adding, SectionStore sections, AuditLog audit,
                        ReaderPages pages, Renderer renderer) {
        this.auth = auth;
        this.jdbi = jdbi;
        this.sources = new SourceStore(jdbi);
        this.adding = adding;
        this.sections = sections;
        this.audit = audit;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/sources", ctx -> page(ctx, null, null, HttpStatus.OK));
        routes.post("/admin/sources/preview", this::preview);
        routes.post("/admin/sources/add", this::add);
        routes.post("/admin/sources/{id}/pause", this::pause);
        routes.post("/admin/sources/{id}/resume", this::resume);
        routes.post("/admin/sources/{id}/remove", this::remove);
    }

    private void page(Context ctx, String error, String url, HttpStatus status) {
        page(ctx, error, url, null, status);
    }

    private void page(Context ctx, String error, String url, SourceAdding.Preview preview, HttpStatus status) {
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "added" -> "The source is added; the importer fetches it soon.";
            case "paused" -> "The source is paused.";
            case "resumed" -> "The source is active again and fetched soon.";
            case "removed" -> "The source is removed; its outlet and articles stay.";
            default -> null;
        };
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/sources.jte",
                new SourcesView(pages.bareChrome(), AdminViews.meta("Sources"), AdminAuth.nav(ctx), IngestStatus.read(jdbi),
                        sections.all(), notice, error, url, preview, ctx.formParam("section"), ctx.formParam("policy"))));
    }

    private Source source(Context ctx) {
        return sources.byId(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such source."));
    }

    /** Runs a change; a refusal shows the page again with its reason (400) and changes nothing. */
    private void change(Context ctx, String done, String typedUrl, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            page(ctx, e.getMessage(), typedUrl, HttpStatus.BAD_REQUEST);
            return;
        }
        ctx.redirect("/admin/sources?done=" + done, HttpStatus.SEE_OTHER);
    }

    private static String typedUrl(Context ctx) {
        return ctx.formParam("url") == null ? "" : ctx.formParam("url").strip();
    }

    private static void requireUrl(String url) {
        if (url.isEmpty()) throw new IllegalArgumentException("give the address of a feed, sitemap or section page");
    }

    /** Reads the address and shows what adding it would give, with a button to add it; saves nothing. */
    private void preview(Context ctx) {
        String url = typedUrl(ctx);
        SourceAdding.Preview p;
        try {
            requireUrl(url);
            p = adding.preview(url);
        } catch (IllegalArgumentException e) {
            page(ctx, e.getMessage(), url, HttpStatus.BAD_REQUEST);
            return;
        }
        page(ctx, null, url, p, HttpStatus.OK);
    }

    private void add(Context ctx) {
        String url = typedUrl(ctx);
        change(ctx, "added", url, () -> {
            requireUrl(url);
            String policy = ctx.formParam("policy");
            String section = ctx.formParam("section");
            NewSource n = NewSource.of(url, null, null)
                    .withPolicy(policy == null || policy.isBlank() ? null : ContentPolicy.parse(policy))
                    .withDefaultSection(section == null || section.isBlank() ? null : section);
            // an address that cannot be read now is refused here: the person adding it is there to retry
            SourceAdding.Added a = adding.add(n, false);
            Source s = a.source();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("url", s.url());
            after.put("kind", s.kind().label());
            after.put("outlet", a.outletName());
            after.put("policy", s.policy().label());
            after.put("section", String.valueOf(sources.sectionSlug(s.defaultSectionId())));
            audit.record(auth.actor(ctx), "source.added", s.url(), Map.of(), after);
        });
    }

    private void pause(Context ctx) {
        Source s = source(ctx);
        change(ctx, "paused", null, () -> {
            sources.pause(s.id(), "paused by " + auth.actor(ctx).userName());
            audit.record(auth.actor(ctx), "source.paused", s.url(), Map.of("status", s.status().label()),
                    Map.of("status", SourceStatus.PAUSED.label()));
        });
    }

    private void resume(Context ctx) {
        Source s = source(ctx);
        change(ctx, "resumed", null, () -> {
            sources.resume(s.id());
            audit.record(auth.actor(ctx), "source.resumed", s.url(), Map.of("status", s.status().label()),
                    Map.of("status", SourceStatus.ACTIVE.label()));
        });
    }

    private void remove(Context ctx) {
        Source s = source(ctx);
        change(ctx, "removed", null, () -> {
            if (!"yes".equals(ctx.formParam("confirm"))) {
                throw new IllegalArgumentException("tick the box to confirm removing " + s.url());
            }
            sources.remove(s.id());
            audit.record(auth.actor(ctx), "source.removed", s.url(),
                    Map.of("url", s.url(), "kind", s.kind().label(), "outlet", sources.outletName(s.outletId()),
                            "status", s.status().label()), Map.of());
        });
    }
}
