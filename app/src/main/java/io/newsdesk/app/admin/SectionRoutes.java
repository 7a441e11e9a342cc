package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.admin.AdminViews.SectionRow;
import io.newsdesk.app.admin.AdminViews.SectionsView;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.content.Slugs;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.SectionStore;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * /admin/sections (admins, editors): list with article counts, create, rename (a changed slug leaves a 301 behind),
 * reorder the reader menu, remove (its articles move to a chosen section; its address then leads there). Every
 * change is audited and drops the reader pages at once ({@code siteChanged}).
 */
public final class SectionRoutes {
    private final AdminAuth auth;
    private final Jdbi jdbi;
    private final SectionStore sections;
    private final ArticleWriter writer;
    private final AuditLog audit;
    private final Runnable siteChanged;
    private final ReaderPages pages;
    private final Renderer renderer;

    public SectionRoutes(AdminAuth auth, Jdbi jdbi, SectionStore sections, ArticleWriter writer, AuditLog audit,
                         Runnable siteChanged, ReaderPages pages, Renderer renderer) {
        this.auth = auth;
        this.jdbi = jdbi;
        this.sections = sections;
        this.writer = writer;
        this.audit = audit;
        this.siteChanged = siteChanged;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/sections", ctx -> page(ctx, null, HttpStatus.OK));
        routes.post("/admin/sections/add", this::add);
        routes.post("/admin/sections/{id}/rename", this::rename);
        routes.post("/admin/sections/{id}/up", ctx -> move(ctx, -1));
        routes.post("/admin/sections/{id}/down", ctx -> move(ctx, 1));
        routes.post("/admin/sections/{id}/remove", this::remove);
    }

    private void page(Context ctx, String error, HttpStatus status) {
        Map<String, Integer> counts = sections.articleCounts();
        List<SectionRow> rows = sections.all().stream().map(s -> new SectionRow(s, counts.getOrDefault(s.id(), 0))).toList();
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "added" -> "The section is added to the menu.";
            case "renamed" -> "The section is renamed.";
            case "moved" -> "The menu order is changed.";
            case "removed" -> "The section is removed; its articles and address moved to the section you chose.";
            default -> null;
        };
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/sections.jte",
                new SectionsView(pages.bareChrome(), AdminViews.meta("Sections"), AdminAuth.nav(ctx), rows, notice, error)));
    }

    private Section section(Context ctx) {
        return sections.findById(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such section."));
    }

    /** Runs a change; a refusal shows the page again with its reason (400) and changes nothing. */
    private void change(Context ctx, String done, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            page(ctx, e.getMessage(), HttpStatus.BAD_REQUEST);
            return;
        }
        siteChanged.run();
        ctx.redirect("/admin/sections?done=" + done, HttpStatus.SEE_OTHER);
    }

    private static String slugOr(String given, String name) {
        return SectionStore.checkedSlug(given == null || given.isBlank() ? Slugs.of(name) : given);
    }

    private void add(Context ctx) {
        change(ctx, "added", () -> {
            String name = SectionStore.checkedName(ctx.formParam("name"));
            String slug = slugOr(ctx.formParam("slug"), name);
            if (sections.bySlug(slug).isPresent()) throw new IllegalArgumentException("a section '" + slug + "' exists already");
            Section s = sections.create(slug, name, null, sections.all().size());
            audit.record(auth.actor(ctx), "section.created", s.slug(), Map.of(), Map.of("name", name, "slug", slug));
        });
    }

    private void rename(Context ctx) {
        Section s = section(ctx);
        change(ctx, "renamed", () -> {
            String name = SectionStore.checkedName(ctx.formParam("name"));
            String given = ctx.formParam("slug");
            String slug = given == null || given.isBlank() ? s.slug() : SectionStore.checkedSlug(given);
            sections.update(s.id(), name, slug);
            audit.record(auth.actor(ctx), "section.renamed", slug, Map.of("name", s.name(), "slug", s.slug()),
                    Map.of("name", name, "slug", slug));
        });
    }

    private void move(Context ctx, int step) {
        Section s = section(ctx);
        change(ctx, "moved", () -> {
            sections.move(s.id(), step);
            int after = sections.findById(s.id()).map(Section::position).orElse(s.position());
            audit.record(auth.actor(ctx), "section.reordered", s.slug(), Map.of("position", s.position()), Map.of("position", after));
        });
    }

    private void remove(Context ctx) {
        Section s = section(ctx);
        change(ctx, "removed", () -> {
            String targetId = ctx.formParam("target");
            if (sections.all().size() < 2) throw new IllegalArgumentException("the last section cannot be removed");
            Section target = targetId == null ? null : sections.findById(targetId).orElse(null);
            if (target == null || target.id().equals(s.id())) throw new IllegalArgumentException("choose another section for its articles");
            int moved = jdbi.inTransaction(h -> {
                int n = writer.moveSection(h, s.id(), target.id());
                sections.removeInto(h, s.id(), target.id());
                return n;
            });
            audit.record(auth.actor(ctx), "section.removed", s.slug(), Map.of("name", s.name(), "slug", s.slug()),
                    Map.of("articlesMovedTo", target.slug(), "articles", moved));
        });
    }
}
