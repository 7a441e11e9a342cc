package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.newsdesk.app.admin.AdminViews.AuditView;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** /admin/audit (admins): the audit log, newest first, filtered by user, action and days (UTC). */
public final class AuditRoutes {
    static final int LIMIT = 500;
    private final AuditLog audit;
    private final ReaderPages pages;
    private final Renderer renderer;

    public AuditRoutes(AuditLog audit, ReaderPages pages, Renderer renderer) {
        this.audit = audit;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/audit", this::list);
    }

    private void list(Context ctx) {
        String user = blankToNull(ctx.queryParam("user"));
        String action = blankToNull(ctx.queryParam("action"));
        String from = blankToNull(ctx.queryParam("from"));
        String to = blankToNull(ctx.queryParam("to"));
        String error = null;
        List<AuditLog.Entry> entries = List.of();
        try {
            entries = audit.find(new AuditLog.Filter(user, action, day(from, 0), day(to, 1)), LIMIT);
        } catch (DateTimeParseException e) {
            error = "Dates are written as YYYY-MM-DD.";
        }
        ctx.status(error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST).contentType(HttpCaching.HTML)
                .result(renderer.render("admin/audit.jte", new AuditView(pages.bareChrome(), AdminViews.meta("Audit log"),
                        AdminAuth.nav(ctx), entries, audit.actions(), user, action, from, to, error)));
    }

    private static Instant day(String s, int plusDays) {
        return s == null ? null : LocalDate.parse(s).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
