package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.web.Renderer;
import io.newsdesk.app.web.Format;
import io.newsdesk.app.admin.AdminViews.ReviewItem;
import io.newsdesk.app.admin.AdminViews.ReviewListView;
import io.newsdesk.app.admin.AdminViews.ReviewRow;
import io.newsdesk.app.admin.AdminViews.ReviewView;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.translate.ArticleTranslations;
import io.newsdesk.app.translate.Segments;
import io.newsdesk.app.translate.TranslationEngine;
import io.newsdesk.app.translate.TranslationException;
import io.newsdesk.app.translate.TranslationMemory;
import io.newsdesk.app.translate.TranslationSetup;
import io.newsdesk.app.translate.Translator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * /admin/review: the articles held back for their translation (waiting for an engine, or held by the guard),
 * each with the original and the translation side by side, segment by segment. An editor corrects or writes
 * the translation and approves it (published, and remembered in the translation memory), has another configured
 * engine translate it again (the result waits here for approval), publishes the original untranslated (its page says
 * so), or rejects the article.
 */
public final class ReviewRoutes {
    private static final List<ArticleTranslations.State> OPEN = List.of(ArticleTranslations.State.HELD,
            ArticleTranslations.State.AWAITING);
    private static final int MAX_SEGMENT_CHARS = 20_000;

    private final AdminAuth auth;
    private final ArticleTranslations translations;
    private final TranslationMemory memory;
    private final ArticleStore articles;
    private final ReaderPages pages;
    private final Renderer renderer;
    private final String siteLanguage;
    private final AuditLog audit;
    private final TranslationSetup engines;

    /** @param engines the configured engines an editor may retry with (null: none configured) */
    public ReviewRoutes(AdminAuth auth, ArticleTranslations translations, TranslationMemory memory, ArticleStore articles,
            ReaderPages pages, Renderer renderer, String siteLanguage, AuditLog audit, TranslationSetup engines) {
        this.auth = auth;
        this.translations = translations;
        this.memory = memory;
        this.articles = articles;
        this.pages = pages;
        this.renderer = renderer;
        this.siteLanguage = siteLanguage;
        this.audit = audit;
        this.engines = engines;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/review", this::list);
        routes.get("/admin/review/{id}", ctx -> show(ctx, null, null));
        routes.post("/admin/review/{id}/approve", this::approve);
        routes.post("/admin/review/{id}/reject", this::reject);
        routes.post("/admin/review/{id}/retry", this::retry);
        routes.post("/admin/review/{id}/publish-original", this::publishOriginal);
    }

    private void list(Context ctx) {
        List<ReviewItem> items = new ArrayList<>();
        for (String id : translations.inState(OPEN, 200)) {
            ArticleTranslations.Entry e = translations.find(id).orElse(null);
            Article a = articles.byId(id).orElse(null);
            if (e == null || a == null) continue;
            items.add(new ReviewItem(id, e.source().title(), Format.languageName(e.pair().from()), e.state().name().toLowerCase(),
                    e.reasons(), a.originalUrl(), e.updatedAt()));
        }
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "approved" -> "The translation is approved and the article published.";
            case "rejected" -> "The article is rejected and will not be published.";
            case "original" -> "The original is published untranslated; its page says so.";
            default -> null;
        };
        ctx.contentType(HttpCaching.HTML).result(renderer.render("admin/review-list.jte",
                new ReviewListView(pages.bareChrome(), AdminViews.meta("Translations to review"), AdminAuth.nav(ctx), items, notice)));
    }

    private void show(Context ctx, List<String> typed, String error) {
        show(ctx, typed, error, error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    private void show(Context ctx, List<String> typed, String error, HttpStatus status) {
        String id = ctx.pathParam("id");
        ArticleTranslations.Entry e = translations.find(id).orElseThrow(() -> new NotFoundResponse("No such translation."));
        List<String> source = e.source().all();
        List<String> machine = e.target() == null ? null : e.target().all();
        // suggestions from the memory only when nobody has proposed anything yet
        List<TranslationMemory.NearMatch> near = typed == null && machine == null ? memory.nearest(e.pair(), source) : null;
        List<ReviewRow> rows = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            String suggestion = null;
            String proposed = typed != null ? typed.get(i) : machine != null ? machine.get(i) : memory.exact(e.pair(), source.get(i)).orElse("");
            if (near != null && proposed.isEmpty() && near.get(i) != null) {
                TranslationMemory.NearMatch m = near.get(i);
                suggestion = m.target() + "  (" + Math.round(m.similarity() * 100) + "% like: " + m.source() + ")";
            }
            rows.add(new ReviewRow(i, e.source().label(i), Jsoup.parseBodyFragment(source.get(i)).body().text(), proposed, suggestion));
        }
        List<String> usable = configured().stream().filter(x -> x.supports(e.pair())).map(TranslationEngine::name).toList();
        String notice = "retried".equals(ctx.queryParam("done"))
                ? "The engine's translation is below: correct it if needed and approve it to publish." : null;
        ctx.status(status).contentType(HttpCaching.HTML).result(
                renderer.render("admin/review.jte", new ReviewView(pages.bareChrome(), AdminViews.meta("Review a translation"), AdminAuth.nav(ctx),
                        e.articleId(), Format.languageName(e.pair().from()), e.state().name().toLowerCase(), e.reasons(), e.engine(), rows,
                        error, usable, notice)));
    }

    private List<TranslationEngine> configured() {
        return engines == null ? List.of() : engines.engines();
    }

    /** A translation record still open for review (held or awaiting); a decided one is not changed again here. */
    private ArticleTranslations.Entry open(Context ctx) {
        ArticleTranslations.Entry e = translations.find(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such translation."));
        if (!OPEN.contains(e.state())) throw new BadRequestResponse("This article's translation is decided already (" + e.state().name().toLowerCase() + ").");
        return e;
    }

    /**
     * Has the chosen engine translate the article again (the memory first, as always). The result is held here for the
     * editor with the guard's findings, never published unseen: the editor asked for it and approves it.
     */
    private void retry(Context ctx) {
        ArticleTranslations.Entry e = open(ctx);
        String name = ctx.formParam("engine");
        List<TranslationEngine> usable = configured().stream().filter(x -> x.supports(e.pair())).toList();
        Optional<TranslationEngine> engine = usable.stream().filter(x -> x.name().equals(name)).findFirst();
        if (engine.isEmpty()) {
            show(ctx, null, usable.isEmpty() ? "No translation engine is set up for " + Format.languageName(e.pair().from())
                    + ", so none can retry: translate it yourself above, publish the original, or reject it."
                    : "Choose one of the engines listed.");
            return;
        }
        Translator.Result r;
        try {
            r = new Translator(memory, List.of(engine.get()), engines.glossary(), engines.check()).translate(e.pair(), e.source());
        } catch (TranslationException x) {
            show(ctx, null, engine.get().name() + " could not translate it: " + x.getMessage(), HttpStatus.BAD_GATEWAY);
            return;
        }
        if (r.awaiting()) {
            show(ctx, null, engine.get().name() + " could not translate it: " + String.join("; ", r.problems()));
            return;
        }
        List<String> reasons = r.problems().isEmpty()
                ? List.of("translated again by " + r.engine() + " at an editor's request; the guard found no problem") : r.problems();
        translations.held(e.articleId(), r.target(), r.engine(), r.model(), reasons);
        audit.record(auth.actor(ctx), "translation.retried", "article " + e.articleId(),
                Map.of("state", e.state().name().toLowerCase(), "engine", String.valueOf(e.engine())),
                Map.of("state", "held", "engine", r.engine(), "problems", r.problems().size()));
        ctx.redirect("/admin/review/" + e.articleId() + "?done=retried", HttpStatus.SEE_OTHER);
    }

    private void publishOriginal(Context ctx) {
        ArticleTranslations.Entry e = open(ctx);
        try {
            translations.publishOriginal(e.articleId());
        } catch (IllegalArgumentException x) {
            show(ctx, null, "The original cannot be published: " + x.getMessage() + ".");
            return;
        }
        audit.record(auth.actor(ctx), "translation.original_published", "article " + e.articleId(),
                Map.of("state", e.state().name().toLowerCase(), "status", "held"),
                Map.of("state", "untranslated", "status", "published", "language", e.pair().from()));
        ctx.redirect("/admin/review?done=original", HttpStatus.SEE_OTHER);
    }

    private void approve(Context ctx) {
        String id = ctx.pathParam("id");
        ArticleTranslations.Entry e = translations.find(id).orElseThrow(() -> new NotFoundResponse("No such translation."));
        List<String> source = e.source().all();
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            String v = ctx.formParam("s" + i);
            typed.add(v == null ? "" : v.strip());
        }
        for (int i = 0; i < typed.size(); i++) {
            if (typed.get(i).isEmpty()) {
                show(ctx, typed, "Every segment needs a translation: " + e.source().label(i) + " is empty.");
                return;
            }
            if (typed.get(i).length() > MAX_SEGMENT_CHARS) {
                show(ctx, typed, e.source().label(i) + " is longer than " + MAX_SEGMENT_CHARS + " characters.");
                return;
            }
        }
        // the credit is a name the translator wrote in the site's letters, not a segment editors type
        Segments typedTarget = e.source().withAll(typed).withCredit(e.target() != null ? e.target().credit() : e.source().credit());
        translations.publish(id, typedTarget, TranslationMemory.EDITOR, null, siteLanguage);
        audit.record(auth.actor(ctx), "translation.approved", "article " + id, Map.of("state", e.state().name().toLowerCase()),
                Map.of("state", "published", "title", typed.get(0)));
        ctx.redirect("/admin/review?done=approved", HttpStatus.SEE_OTHER);
    }

    private void reject(Context ctx) {
        String id = ctx.pathParam("id");
        ArticleTranslations.Entry e = translations.find(id).orElseThrow(() -> new NotFoundResponse("No such translation."));
        String reason = ctx.formParam("reason");
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        translations.reject(id, why);
        audit.record(auth.actor(ctx), "translation.rejected", "article " + id, Map.of("state", e.state().name().toLowerCase()),
                Map.of("state", "rejected", "reason", why));
        ctx.redirect("/admin/review?done=rejected", HttpStatus.SEE_OTHER);
    }
}
