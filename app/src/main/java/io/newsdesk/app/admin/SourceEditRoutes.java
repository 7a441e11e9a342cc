package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.admin.SiteAdminViews.OpmlView;
import io.newsdesk.app.admin.SiteAdminViews.SourceEditView;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.Opml;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceEdit;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.SectionStore;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Editing sources beside {@link SourceRoutes} (admins, editors): a source's policy, interval, language, section and
 * section rules, translation and extraction hints ({@code /admin/sources/{id}/edit}); OPML import from a pasted
 * document (forms only: multipart bodies are refused site-wide) and OPML export as a download, both through
 * {@link Opml}, so an export re-imports to the same sources. Every change is audited; a refused form comes back as typed.
 */
public final class SourceEditRoutes {
    static final List<String> FIELDS = List.of("policy", "interval", "language", "section", "section_rules", "translate",
            "body_selector", "remove_selectors", "link_selector");

    private final AdminAuth auth;
    private final SourceStore sources;
    private final SectionStore sections;
    private final AuditLog audit;
    private final ReaderPages pages;
    private final Renderer renderer;

    public SourceEditRoutes(AdminAuth auth, Jdbi jdbi, SectionStore sections, AuditLog audit, ReaderPages pages, Renderer renderer) {
        this.auth = auth;
        this.sources = new SourceStore(jdbi);
        this.sections = sections;
        this.audit = audit;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/sources/{id}/edit", ctx -> {
            Source s = source(ctx);
            editPage(ctx, s, form(s), null, HttpStatus.OK);
        });
        routes.post("/admin/sources/{id}/save", this::save);
        routes.get("/admin/sources/opml", ctx -> opmlPage(ctx, "", List.of(), List.of(), null, HttpStatus.OK));
        routes.get("/admin/sources/opml/export", this::export);
        routes.post("/admin/sources/opml/import", this::importOpml);
    }

    private Source source(Context ctx) {
        return sources.byId(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such source."));
    }

    private Map<String, String> form(Source s) {
        return fields(SourceEdit.of(s, sources.sectionSlug(s.defaultSectionId())));
    }

    /** An edit as the form's text fields (and as the audit log's before and after). */
    private static Map<String, String> fields(SourceEdit e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("policy", e.policy().label());
        m.put("interval", String.valueOf(e.fetchIntervalSeconds()));
        m.put("language", e.language());
        m.put("section", nullToEmpty(e.defaultSection()));
        m.put("section_rules", nullToEmpty(e.sectionRules()));
        m.put("translate", e.translate() ? "yes" : "no");
        m.put("body_selector", nullToEmpty(e.bodySelector()));
        m.put("remove_selectors", nullToEmpty(e.removeSelectors()));
        m.put("link_selector", nullToEmpty(e.linkSelector()));
        return m;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void editPage(Context ctx, Source s, Map<String, String> typed, String error, HttpStatus status) {
        String notice = "saved".equals(ctx.queryParam("done")) ? "The source is saved; its next fetch uses the new settings." : null;
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/source-edit.jte",
                new SourceEditView(pages.bareChrome(), AdminViews.meta("Edit a source"), AdminAuth.nav(ctx), s,
                        sources.outletName(s.outletId()), sections.all(), typed, notice, error)));
    }

    private void save(Context ctx) {
        Source s = source(ctx);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : FIELDS) typed.put(f, nullToEmpty(ctx.formParam(f)));
        typed.put("translate", ctx.formParam("translate") != null ? "yes" : "no");
        Map<String, String> before = form(s);
        try {
            int interval;
            try {
                interval = Integer.parseInt(typed.get("interval").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the fetch interval is a number of seconds (at least 60)");
            }
            SourceEdit edit = new SourceEdit(ContentPolicy.parse(typed.get("policy")), interval, typed.get("language"),
                    typed.get("section"), typed.get("section_rules"), typed.get("translate").equals("yes"), typed.get("body_selector"),
                    typed.get("remove_selectors"), typed.get("link_selector"));
            sources.update(s.id(), edit);
        } catch (IllegalArgumentException e) {
            editPage(ctx, s, typed, "Nothing was saved: " + e.getMessage() + ".", HttpStatus.BAD_REQUEST);
            return;
        }
        Map<String, String> after = form(sources.byId(s.id()).orElseThrow());
        FieldChanges changes = FieldChanges.of(before, after);
        if (!changes.none()) audit.record(auth.actor(ctx), "source.changed", s.url(), changes.before(), changes.after());
        ctx.redirect("/admin/sources/" + s.id() + "/edit?done=saved", HttpStatus.SEE_OTHER);
    }

    private void opmlPage(Context ctx, String opml, List<String> added, List<String> skipped, String error, HttpStatus status) {
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/opml.jte",
                new OpmlView(pages.bareChrome(), AdminViews.meta("Import and export sources"), AdminAuth.nav(ctx), sources.all().size(),
                        opml, added, skipped, error)));
    }

    private void export(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"newsdesk-sources.opml\"");
        ctx.contentType("text/x-opml; charset=utf-8").result(Opml.export(sources).getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the subscriptions of a pasted OPML document that are not sources yet; nothing is fetched until the importer runs. */
    private void importOpml(Context ctx) {
        String opml = nullToEmpty(ctx.formParam("opml"));
        if (opml.isBlank()) {
            opmlPage(ctx, opml, List.of(), List.of(), "Paste an OPML document (a list of feeds exported from a reader or another site).",
                    HttpStatus.BAD_REQUEST);
            return;
        }
        Opml.ImportResult result;
        try {
            result = Opml.importInto(sources, opml.strip().getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            opmlPage(ctx, opml, List.of(), List.of(), "Nothing was imported: " + e.getMessage(), HttpStatus.BAD_REQUEST);
            return;
        }
        for (Source s : result.added()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("url", s.url());
            after.put("kind", s.kind().label());
            after.put("outlet", sources.outletName(s.outletId()));
            after.putAll(form(s));
            audit.record(auth.actor(ctx), "source.imported", s.url(), Map.of(), after);
        }
        opmlPage(ctx, "", result.added().stream().map(Source::url).toList(), result.skipped(), null, HttpStatus.OK);
    }
}
