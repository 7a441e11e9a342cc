package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.admin.SiteAdminViews.OutletsView;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.content.CleanText;
import io.newsdesk.app.content.CleanUrl;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.OutletStore;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.util.Map;

/**
 * /admin/outlets (admins, editors): the outlets articles are imported from; edit the name readers see (clean text) and
 * the home address (absolute http(s) only). The outlet's slug, and so its page's address, stays. Audited; live at once.
 */
public final class OutletRoutes {
    private final AdminAuth auth;
    private final OutletStore outlets;
    private final AuditLog audit;
    private final Runnable siteChanged;
    private final ReaderPages pages;
    private final Renderer renderer;

    public OutletRoutes(AdminAuth auth, OutletStore outlets, AuditLog audit, Runnable siteChanged, ReaderPages pages, Renderer renderer) {
        this.auth = auth;
        this.outlets = outlets;
        this.audit = audit;
        this.siteChanged = siteChanged;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/outlets", ctx -> page(ctx, null, Map.of(), null, HttpStatus.OK));
        routes.get("/admin/outlets/{id}/edit", ctx -> page(ctx, outlet(ctx), Map.of(), null, HttpStatus.OK));
        routes.post("/admin/outlets/{id}/save", this::save);
    }

    private Outlet outlet(Context ctx) {
        return outlets.byId(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such outlet."));
    }

    private void page(Context ctx, Outlet editing, Map<String, String> typed, String error, HttpStatus status) {
        String notice = "saved".equals(ctx.queryParam("done")) ? "The outlet is saved; its pages show it now." : null;
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/outlets.jte",
                new OutletsView(pages.bareChrome(), AdminViews.meta("Outlets"), AdminAuth.nav(ctx), outlets.all(), editing, typed,
                        notice, error)));
    }

    private void save(Context ctx) {
        Outlet before = outlet(ctx);
        String typedName = ctx.formParam("name") == null ? "" : ctx.formParam("name");
        String typedUrl = ctx.formParam("site_url") == null ? "" : ctx.formParam("site_url");
        String name = CleanText.of(typedName);
        String url = CleanUrl.web(typedUrl);
        String error = name.isEmpty() || name.length() > 300 ? "The name needs 1 to 300 characters of text."
                : url == null || url.length() > 2000 ? "The home address is an absolute http or https address, such as https://example.org/."
                : null;
        if (error != null) {
            page(ctx, before, Map.of("name", typedName, "site_url", typedUrl), error, HttpStatus.BAD_REQUEST);
            return;
        }
        FieldChanges changes = FieldChanges.of(Map.of("name", before.name(), "site_url", before.siteUrl()),
                Map.of("name", name, "site_url", url));
        if (!changes.none()) {
            outlets.update(before.id(), name, url);
            audit.record(auth.actor(ctx), "outlet.changed", before.slug(), changes.before(), changes.after());
            siteChanged.run();
        }
        ctx.redirect("/admin/outlets/" + before.id() + "/edit?done=saved", HttpStatus.SEE_OTHER);
    }
}
