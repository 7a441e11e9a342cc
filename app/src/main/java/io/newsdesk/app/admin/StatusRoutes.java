package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.newsdesk.app.distribute.telegram.TelegramStatus;
import io.newsdesk.app.ingest.pipeline.IngestStatus;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.web.Renderer;
import io.newsdesk.app.admin.AdminViews.StatusView;
import org.jdbi.v3.core.Jdbi;

/** /admin/status: the importer's sources, their health and recent fetches, the queue and failed items, the Telegram channel (read-only). */
public final class StatusRoutes {
    private final Jdbi jdbi;
    private final ReaderPages pages;
    private final Renderer renderer;

    public StatusRoutes(Jdbi jdbi, ReaderPages pages, Renderer renderer) {
        this.jdbi = jdbi;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/status", this::status);
    }

    private void status(Context ctx) {
        ctx.contentType(HttpCaching.HTML).result(renderer.render("admin/status.jte",
                new StatusView(pages.bareChrome(), AdminViews.meta("Import status"), AdminAuth.nav(ctx),
                        IngestStatus.read(jdbi), TelegramStatus.read(jdbi))));
    }
}
