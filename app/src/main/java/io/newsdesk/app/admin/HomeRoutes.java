package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.admin.AdminViews.HomeArticleRow;
import io.newsdesk.app.admin.AdminViews.HomePageView;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.news.HomeCuration;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.store.HomeCurationStore;
import io.newsdesk.app.store.HomeCurationStore.Placement;
import io.newsdesk.app.store.SectionStore;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * /admin/home (admins, editors): pin the lead story (or leave it to the automatic choice), order the section blocks,
 * feature an article at the top of the home page or hide it from there. Each change is audited and drops the reader
 * pages at once ({@code siteChanged}); the choices live in {@link HomeCurationStore}, the object the home page reads.
 */
public final class HomeRoutes {
    /** The newest articles listed to choose from; any other can be pinned by its address. */
    static final int RECENT = 30;

    private final AdminAuth auth;
    private final HomeCurationStore curation;
    private final ArticleStore articles;
    private final SectionStore sections;
    private final AuditLog audit;
    private final Runnable siteChanged;
    private final ReaderPages pages;
    private final Renderer renderer;

    public HomeRoutes(AdminAuth auth, HomeCurationStore curation, ArticleStore articles, SectionStore sections, AuditLog audit,
                      Runnable siteChanged, ReaderPages pages, Renderer renderer) {
        this.auth = auth;
        this.curation = curation;
        this.articles = articles;
        this.sections = sections;
        this.audit = audit;
        this.siteChanged = siteChanged;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/home", ctx -> page(ctx, null, HttpStatus.OK));
        routes.post("/admin/home/lead", this::pin);
        routes.post("/admin/home/unpin", this::unpin);
        routes.post("/admin/home/articles/{id}/feature", ctx -> place(ctx, Placement.FEATURED));
        routes.post("/admin/home/articles/{id}/hide", ctx -> place(ctx, Placement.HIDDEN));
        routes.post("/admin/home/articles/{id}/reset", ctx -> place(ctx, null));
        routes.post("/admin/home/sections/{id}/up", ctx -> moveSection(ctx, -1));
        routes.post("/admin/home/sections/{id}/down", ctx -> moveSection(ctx, 1));
    }

    private void page(Context ctx, String error, HttpStatus status) {
        HomeCuration c = curation.current();
        // the curated articles first (they may be old), then the newest
        Set<String> ids = new LinkedHashSet<>();
        if (c.leadId() != null) ids.add(c.leadId());
        ids.addAll(c.featured());
        ids.addAll(c.hidden());
        List<ArticleCard> cards = new ArrayList<>(articles.cardsByIds(ids));
        Set<String> listed = new java.util.HashSet<>(ids);
        for (ArticleCard a : articles.latest(RECENT, 0)) if (listed.add(a.id())) cards.add(a);
        List<HomeArticleRow> rows = cards.stream().map(a -> row(a, c)).toList();
        ArticleCard lead = pages.home().top();
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "pinned" -> "The lead story is pinned; the home page shows it now.";
            case "unpinned" -> "The lead story is chosen automatically again.";
            case "featured" -> "The article is featured at the top of the home page.";
            case "hidden" -> "The article is hidden from the home page (its own page, section and feeds keep it).";
            case "reset" -> "The article is placed on the home page as any other.";
            case "moved" -> "The order of the section blocks is changed.";
            default -> null;
        };
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/home.jte",
                new HomePageView(pages.bareChrome(), AdminViews.meta("Home page"), AdminAuth.nav(ctx),
                        lead == null ? null : row(lead, c), c.leadId() != null, c.ordered(topSections()), rows, notice, error)));
    }

    private static HomeArticleRow row(ArticleCard a, HomeCuration c) {
        String placement = c.featured().contains(a.id()) ? "featured" : c.hidden().contains(a.id()) ? "hidden" : null;
        return new HomeArticleRow(a.id(), a.title(), SitePaths.article(a.slug()), a.sectionName(), a.publishedAt(),
                a.id().equals(c.leadId()), placement);
    }

    private List<Section> topSections() {
        return sections.all().stream().filter(s -> s.parentId() == null).toList();
    }

    /** A published article named by its id, its address (/article/slug or a full URL of this site) or its slug. */
    private Optional<ArticleCard> published(String given) {
        if (given == null || given.isBlank()) return Optional.empty();
        String s = given.strip();
        int at = s.indexOf("/article/");
        if (at >= 0) s = s.substring(at + "/article/".length());
        s = s.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String key = s;
        Optional<ArticleCard> byId = articles.cardsByIds(List.of(key)).stream().findFirst();
        if (byId.isPresent()) return byId;
        return articles.bySlug(key).flatMap(a -> articles.cardsByIds(List.of(a.id())).stream().findFirst());
    }

    private void done(Context ctx, String what) {
        siteChanged.run();
        ctx.redirect("/admin/home?done=" + what, HttpStatus.SEE_OTHER);
    }

    private void pin(Context ctx) {
        Optional<ArticleCard> a = published(ctx.formParam("article"));
        if (a.isEmpty()) {
            page(ctx, "No published article has that address: choose one from the list or paste its address (/article/…).",
                    HttpStatus.BAD_REQUEST);
            return;
        }
        String before = curation.current().leadId();
        curation.pinLead(a.get().id());
        audit.record(auth.actor(ctx), "home.lead_pinned", "article " + a.get().id(), leadField(before),
                Map.of("lead", a.get().id(), "title", a.get().title()));
        done(ctx, "pinned");
    }

    private void unpin(Context ctx) {
        String before = curation.current().leadId();
        curation.pinLead(null);
        audit.record(auth.actor(ctx), "home.lead_unpinned", before == null ? "home page" : "article " + before, leadField(before),
                Map.of("lead", "automatic"));
        done(ctx, "unpinned");
    }

    private static Map<String, Object> leadField(String leadId) {
        return Map.of("lead", leadId == null ? "automatic" : leadId);
    }

    private void place(Context ctx, Placement placement) {
        String id = ctx.pathParam("id");
        ArticleCard a = articles.cardsByIds(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundResponse("No such published article."));
        HomeCuration c = curation.current();
        String before = c.featured().contains(id) ? "featured" : c.hidden().contains(id) ? "hidden" : "normal";
        curation.place(id, placement);
        String after = placement == null ? "normal" : placement.name().toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> beforeFields = new HashMap<>(Map.of("home", before));
        if (id.equals(c.leadId())) beforeFields.put("lead", id);
        Map<String, Object> afterFields = new HashMap<>(Map.of("home", after, "title", a.title()));
        if (placement == Placement.HIDDEN && id.equals(c.leadId())) afterFields.put("lead", "automatic");
        audit.record(auth.actor(ctx), "home.article_" + (placement == null ? "reset" : after), "article " + id, beforeFields, afterFields);
        done(ctx, placement == null ? "reset" : after);
    }

    private void moveSection(Context ctx, int step) {
        String id = ctx.pathParam("id");
        List<Section> order = new ArrayList<>(curation.current().ordered(topSections()));
        int i = -1;
        for (int k = 0; k < order.size(); k++) if (order.get(k).id().equals(id)) i = k;
        if (i < 0) throw new NotFoundResponse("No such section.");
        List<String> before = order.stream().map(Section::slug).toList();
        int j = i + step;
        if (j >= 0 && j < order.size()) Collections.swap(order, i, j);
        curation.orderSections(order.stream().map(Section::id).toList());
        audit.record(auth.actor(ctx), "home.sections_reordered", "section " + order.get(j >= 0 && j < order.size() ? j : i).slug(),
                Map.of("order", before), Map.of("order", order.stream().map(Section::slug).toList()));
        done(ctx, "moved");
    }
}
