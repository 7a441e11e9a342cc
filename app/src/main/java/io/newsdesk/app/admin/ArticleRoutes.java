package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.accounts.User;
import io.newsdesk.app.accounts.UserStore;
import io.newsdesk.app.admin.ArticleViews.ArticleEditView;
import io.newsdesk.app.admin.ArticleViews.ArticlesView;
import io.newsdesk.app.admin.ArticleViews.FieldDiff;
import io.newsdesk.app.admin.ArticleViews.Form;
import io.newsdesk.app.admin.ArticleViews.ListFilter;
import io.newsdesk.app.admin.ArticleViews.RevisionsView;
import io.newsdesk.app.admin.ArticleViews.VersionRow;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.content.AuthorNames;
import io.newsdesk.app.content.BodyHtml;
import io.newsdesk.app.content.Slugs;
import io.newsdesk.app.media.ImageRefused;
import io.newsdesk.app.media.ImageUploads;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.news.StoredImage;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.AuthorStore;
import io.newsdesk.app.store.NewsroomArticles;
import io.newsdesk.app.store.NewsroomPage;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.util.WordDiff;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.MultipartForm;
import io.newsdesk.app.web.Renderer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * /admin/articles: the newsroom's articles. Admins and editors see and change every article; an author sees the
 * articles they created and changes them only while they are drafts (decisions.md). Write, edit (the body passes
 * {@link BodyHtml} in {@link ArticleWriter}, like an import), upload a lead image ({@link ImageUploads}), submit for
 * review, the history with a word diff and restore; under /admin/publishing (editors): publish, schedule, unpublish,
 * send back to draft. A change to an article readers saw may carry a correction note, shown to them as "Updated".
 * Every change is audited with the changed fields before and after.
 */
public final class ArticleRoutes {
    private static final Pattern UPLOAD = Pattern.compile("/admin/articles/[^/]+/image");
    /** Body text kept in an audit entry: enough to see what changed, not a copy of the article. */
    private static final int AUDIT_TEXT = 500;

    private final AdminAuth auth;
    private final Jdbi jdbi;
    private final Stores stores;
    private final ArticleWriter writer;
    private final NewsroomArticles newsroom;
    private final UserStore users;
    private final ImageUploads uploads;
    private final AuditLog audit;
    private final ReaderPages pages;
    private final Renderer renderer;
    /** The site's language now (it can change on /admin/settings while the site runs): a new article's language. */
    private final java.util.function.Supplier<String> siteLanguage;
    private final Clock clock;

    public ArticleRoutes(AdminAuth auth, Stores stores, ArticleWriter writer, ImageUploads uploads, AuditLog audit,
                         ReaderPages pages, Renderer renderer, java.util.function.Supplier<String> siteLanguage, Clock clock) {
        this.auth = auth;
        this.jdbi = stores.jdbi();
        this.stores = stores;
        this.writer = writer;
        this.newsroom = new NewsroomArticles(stores.jdbi());
        this.users = new UserStore(stores.jdbi());
        this.uploads = uploads;
        this.audit = audit;
        this.pages = pages;
        this.renderer = renderer;
        this.siteLanguage = siteLanguage;
        this.clock = clock;
    }

    /** The upload route: the one path where a multipart body is read ({@code web.BadRequests}). */
    public static boolean isUpload(String path) {
        return UPLOAD.matcher(path).matches();
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/articles", this::list);
        routes.get("/admin/articles/new", ctx -> editPage(ctx, null, emptyForm(), null, HttpStatus.OK));
        routes.post("/admin/articles/new", this::create);
        routes.get("/admin/articles/{id}", ctx -> {
            Article a = article(ctx, false);
            editPage(ctx, a, formOf(a), null, HttpStatus.OK);
        });
        routes.post("/admin/articles/{id}", this::save);
        routes.post("/admin/articles/{id}/submit", this::submit);
        routes.post("/admin/articles/{id}/image", this::upload);
        routes.post("/admin/articles/{id}/image/remove", this::removeImage);
        routes.get("/admin/articles/{id}/revisions", this::revisions);
        routes.post("/admin/articles/{id}/revisions/{rev}/restore", this::restore);
        routes.post("/admin/publishing/{id}/publish", ctx -> publishing(ctx, "published", this::publish));
        routes.post("/admin/publishing/{id}/schedule", ctx -> publishing(ctx, "scheduled", this::schedule));
        routes.post("/admin/publishing/{id}/unpublish", ctx -> publishing(ctx, "unpublished", this::unpublish));
        routes.post("/admin/publishing/{id}/return", ctx -> publishing(ctx, "returned", this::returnToDraft));
    }

    // ---- the list

    private void list(Context ctx) {
        User user = AdminAuth.sessionOf(ctx).user();
        boolean mine = user.role() == Role.AUTHOR;
        String status = ctx.queryParam("status");
        ArticleStatus st = parseStatus(status);
        ListFilter typed = new ListFilter(val(ctx.queryParam("q")), st == null ? "" : st.dbValue(), val(ctx.queryParam("section")),
                val(ctx.queryParam("outlet")), val(ctx.queryParam("language")), val(ctx.queryParam("author")), "");
        String query = queryString(typed);
        typed = new ListFilter(typed.q(), typed.status(), typed.section(), typed.outlet(), typed.language(), typed.author(), query);
        NewsroomArticles.Page page = newsroom.list(new NewsroomArticles.Filter(typed.q(), st, typed.section(), typed.outlet(),
                typed.language(), typed.author().isEmpty() ? null : Slugs.of(typed.author()), mine ? user.id() : null),
                NewsroomPage.of(ctx.queryParam("page"), ctx.queryParam("older"), ctx.queryParam("newer")));
        List<String> statuses = Arrays.stream(ArticleStatus.values()).map(ArticleStatus::dbValue).toList();
        String notice = "created".equals(ctx.queryParam("done")) ? "The article is created." : null;
        ctx.contentType(HttpCaching.HTML).result(renderer.render("admin/articles.jte", new ArticlesView(pages.bareChrome(),
                AdminViews.meta("Articles"), AdminAuth.nav(ctx), page, typed, statuses, stores.sections().all(), newsroom.outlets(),
                newsroom.languages(), newsroom.count(ArticleStatus.REVIEW), mine, notice)));
    }

    private static String queryString(ListFilter f) {
        StringBuilder b = new StringBuilder();
        for (String[] p : List.of(new String[] {"q", f.q()}, new String[] {"status", f.status()}, new String[] {"section", f.section()},
                new String[] {"outlet", f.outlet()}, new String[] {"language", f.language()}, new String[] {"author", f.author()})) {
            if (!p[1].isEmpty()) b.append('&').append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static ArticleStatus parseStatus(String s) {
        if (s == null || s.isBlank()) return null;
        return Arrays.stream(ArticleStatus.values()).filter(x -> x.dbValue().equals(s.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private static String val(String s) {
        return s == null ? "" : s.strip();
    }

    // ---- one article

    /**
     * The article of the path, if this user may open it ({@code write}: change it). An author opens only the articles
     * they created, and changes one only while it is a draft.
     */
    private Article article(Context ctx, boolean write) {
        Article a = stores.articles().byId(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such article."));
        User user = AdminAuth.sessionOf(ctx).user();
        if (user.role() == Role.AUTHOR) {
            if (!user.id().equals(newsroom.createdBy(a.id()).orElse(null))) {
                throw new ForbiddenResponse("Authors open only the articles they wrote.");
            }
            if (write && a.status() != ArticleStatus.DRAFT) {
                throw new ForbiddenResponse("This article is with the editors now: an author changes only drafts.");
            }
        }
        return a;
    }

    private static boolean publishes(Context ctx) {
        Role r = AdminAuth.sessionOf(ctx).user().role();
        return r == Role.ADMIN || r == Role.EDITOR;
    }

    private static Form emptyForm() {
        return new Form("", "", "", null, "", "", "");
    }

    private Form formOf(Article a) {
        String authors = String.join(", ", stores.authors().ofArticle(a.id()).stream().map(Author::name).toList());
        return new Form(a.title(), nz(a.standfirst()), a.bodyHtml(), a.sectionId(), authors, nz(a.imageCaption()), nz(a.imageCredit()));
    }

    private static Form typed(Context ctx) {
        return new Form(val(ctx.formParam("title")), val(ctx.formParam("standfirst")), nz(ctx.formParam("body")),
                ctx.formParam("section"), val(ctx.formParam("authors")), val(ctx.formParam("caption")), val(ctx.formParam("credit")));
    }

    private void editPage(Context ctx, Article a, Form form, String error, HttpStatus status) {
        boolean publishing = publishes(ctx);
        User user = AdminAuth.sessionOf(ctx).user();
        boolean editable = a == null || publishing || a.status() == ArticleStatus.DRAFT;
        boolean correctable = a != null && publishing && (a.status() == ArticleStatus.PUBLISHED || a.status() == ArticleStatus.UNPUBLISHED);
        String creator = a == null ? user.name() : newsroom.createdBy(a.id()).flatMap(users::byId).map(User::name).orElse(null);
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "saved" -> "Saved.";
            case "corrected" -> "Corrected: readers see the note under \"Updated\".";
            case "image" -> "The lead image is stored.";
            case "image-removed" -> "The lead image is removed.";
            case "submitted" -> "Sent to the editors for review.";
            case "published" -> "Published.";
            case "scheduled" -> "Scheduled.";
            case "unpublished" -> "Taken off the site.";
            case "returned" -> "Back in the drafts.";
            case "restored" -> "The revision is restored; the text it replaced is kept as a revision.";
            default -> null;
        };
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/article-edit.jte", new ArticleEditView(
                pages.bareChrome(), AdminViews.meta(a == null ? "New article" : "Edit: " + a.title()), AdminAuth.nav(ctx), a,
                creator, form, stores.sections().all(), editable, publishing, correctable,
                a == null ? null : a.imageUrl(), a == null ? List.of() : newsroom.corrections(a.id()),
                a == null ? 0 : newsroom.revisions(a.id()).size(),
                a != null && a.status() == ArticleStatus.PUBLISHED ? SitePaths.article(a.slug()) : null, notice, error)));
    }

    private void create(Context ctx) {
        Form form = typed(ctx);
        User user = AdminAuth.sessionOf(ctx).user();
        try {
            String section = checkedSection(form.sectionId());
            Article a = jdbi.inTransaction(h -> writer.create(h, new ArticleDraft(form.title(), form.standfirst(), form.bodyHtml(),
                    null, null, form.imageCaption(), form.imageCredit(), section, authorIds(h, form.authors()), siteLanguage.get(),
                    ArticleStatus.DRAFT, null, null, null), user.id()));
            audit.record(auth.actor(ctx), "article.created", a.id(), Map.of(), fields(a, form.authors()));
            ctx.redirect("/admin/articles/" + a.id() + "?done=saved", HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            editPage(ctx, null, form, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    private void save(Context ctx) {
        Article before = article(ctx, true);
        Form form = typed(ctx);
        String note = val(ctx.formParam("correction"));
        String by = AdminAuth.sessionOf(ctx).user().name();
        boolean correction = !note.isEmpty();
        try {
            if (correction && !publishes(ctx)) throw new IllegalArgumentException("only editors publish corrections");
            if (correction && before.status() != ArticleStatus.PUBLISHED && before.status() != ArticleStatus.UNPUBLISHED) {
                throw new IllegalArgumentException("a correction note is for an article readers have seen; this one is not published");
            }
            String section = checkedSection(form.sectionId());
            String beforeAuthors = formOf(before).authors();
            jdbi.useTransaction(h -> {
                ArticleWriter.Edit edit = new ArticleWriter.Edit(form.title(), form.standfirst(), form.bodyHtml(), form.imageCaption(),
                        form.imageCredit(), section, authorIds(h, form.authors()));
                if (correction) writer.correct(h, before.id(), edit, note, by);
                else writer.edit(h, before.id(), edit, by, "edit", false);
            });
            Article after = stores.articles().byId(before.id()).orElseThrow();
            Map<String, Object>[] changed = changed(fields(before, beforeAuthors), fields(after, formOf(after).authors()));
            if (correction) changed[1].put("correction", note);
            audit.record(auth.actor(ctx), correction ? "article.corrected" : "article.edited", before.id(), changed[0], changed[1]);
            ctx.redirect("/admin/articles/" + before.id() + "?done=" + (correction ? "corrected" : "saved"), HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            editPage(ctx, before, form, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    private String checkedSection(String id) {
        if (id == null || stores.sections().findById(id).isEmpty()) throw new IllegalArgumentException("choose a section");
        return id;
    }

    /** The byline's authors by name (comma-separated), each found or created as the importer does. */
    private static List<String> authorIds(org.jdbi.v3.core.Handle h, String names) {
        List<String> ids = new ArrayList<>();
        for (String raw : names.split(",")) {
            if (raw.isBlank()) continue;
            String name = AuthorNames.plausible(raw)
                    .orElseThrow(() -> new IllegalArgumentException("\"" + shortened(raw.strip()) + "\" does not read as a person's name"));
            String slug = Slugs.of(name);
            if (slug.isEmpty()) throw new IllegalArgumentException("\"" + shortened(name) + "\" gives no address for an author page");
            ids.add(AuthorStore.idForByline(h, slug, name, name));
        }
        return ids;
    }

    private static String shortened(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private void submit(Context ctx) {
        Article a = article(ctx, true);
        if (a.status() != ArticleStatus.DRAFT) {
            editPage(ctx, a, formOf(a), "Only a draft is sent for review.", HttpStatus.BAD_REQUEST);
            return;
        }
        move(ctx, a, ArticleStatus.REVIEW, null, "article.submitted", "submitted");
    }

    private void move(Context ctx, Article a, ArticleStatus to, Instant at, String action, String done) {
        jdbi.useTransaction(h -> writer.moveTo(h, a.id(), to, at));
        Article after = stores.articles().byId(a.id()).orElseThrow();
        audit.record(auth.actor(ctx), action, a.id(), status(a), status(after));
        ctx.redirect("/admin/articles/" + a.id() + "?done=" + done, HttpStatus.SEE_OTHER);
    }

    private static Map<String, Object> status(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", a.status().dbValue());
        m.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
        return m;
    }

    // ---- publishing (editors and admins: /admin/publishing is theirs in AdminAccess)

    private interface Step {
        void run(Context ctx, Article a);
    }

    private void publishing(Context ctx, String done, Step step) {
        Article a = article(ctx, false);
        try {
            step.run(ctx, a);
        } catch (IllegalArgumentException e) {
            editPage(ctx, a, formOf(a), e.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    private void publish(Context ctx, Article a) {
        if (a.status() == ArticleStatus.PUBLISHED) throw new IllegalArgumentException("it is published already");
        if (a.status() == ArticleStatus.HELD) throw new IllegalArgumentException("it waits for translation review (Translations)");
        move(ctx, a, ArticleStatus.PUBLISHED, null, "article.published", "published");
    }

    private void schedule(Context ctx, Article a) {
        if (a.status() == ArticleStatus.PUBLISHED || a.status() == ArticleStatus.HELD || a.status() == ArticleStatus.UNPUBLISHED) {
            throw new IllegalArgumentException("only a draft, an article in review or a scheduled one can be scheduled");
        }
        Instant at;
        try {
            at = LocalDateTime.parse(val(ctx.formParam("at"))).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("give the publication time as a date and time (UTC)");
        }
        if (!at.isAfter(clock.instant())) throw new IllegalArgumentException("the publication time is not in the future; publish now instead");
        move(ctx, a, ArticleStatus.SCHEDULED, at, "article.scheduled", "scheduled");
    }

    private void unpublish(Context ctx, Article a) {
        if (a.status() == ArticleStatus.SCHEDULED) {
            move(ctx, a, ArticleStatus.DRAFT, null, "article.unscheduled", "returned");
            return;
        }
        if (a.status() != ArticleStatus.PUBLISHED) throw new IllegalArgumentException("it is not published");
        jdbi.useTransaction(h -> writer.withdraw(h, a.id(), "unpublished by " + AdminAuth.sessionOf(ctx).user().name()));
        audit.record(auth.actor(ctx), "article.unpublished", a.id(), status(a), status(stores.articles().byId(a.id()).orElseThrow()));
        ctx.redirect("/admin/articles/" + a.id() + "?done=unpublished", HttpStatus.SEE_OTHER);
    }

    private void returnToDraft(Context ctx, Article a) {
        if (a.status() != ArticleStatus.REVIEW && a.status() != ArticleStatus.SCHEDULED) {
            throw new IllegalArgumentException("only an article in review or scheduled goes back to the drafts");
        }
        move(ctx, a, ArticleStatus.DRAFT, null, "article.returned", "returned");
    }

    // ---- the lead image

    private void upload(Context ctx) {
        Article a = article(ctx, true);
        if (!MultipartForm.isMultipart(ctx)) {
            editPage(ctx, a, formOf(a), "Choose a picture and send it with the upload form.", HttpStatus.BAD_REQUEST);
            return;
        }
        Optional<byte[]> file = MultipartForm.of(ctx).file("image");
        if (file.isEmpty()) {
            editPage(ctx, a, formOf(a), "Choose a picture to upload.", HttpStatus.BAD_REQUEST);
            return;
        }
        StoredImage image;
        try {
            image = uploads.store(file.get());
        } catch (ImageRefused e) {
            editPage(ctx, a, formOf(a), "The picture is refused: " + e.getMessage() + ".", HttpStatus.BAD_REQUEST);
            return;
        }
        jdbi.useTransaction(h -> writer.setLeadImage(h, a.id(), image.url()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("image", image.url());
        after.put("bytes", file.get().length);
        after.put("size", image.width() + "x" + image.height());
        audit.record(auth.actor(ctx), "article.image", a.id(), Map.of("image", nz(a.imageUrl())), after);
        ctx.redirect("/admin/articles/" + a.id() + "?done=image", HttpStatus.SEE_OTHER);
    }

    private void removeImage(Context ctx) {
        Article a = article(ctx, true);
        jdbi.useTransaction(h -> writer.setLeadImage(h, a.id(), null));
        audit.record(auth.actor(ctx), "article.image-removed", a.id(), Map.of("image", nz(a.imageUrl())), Map.of("image", ""));
        ctx.redirect("/admin/articles/" + a.id() + "?done=image-removed", HttpStatus.SEE_OTHER);
    }

    // ---- history

    private void revisions(Context ctx) {
        Article a = article(ctx, false);
        List<NewsroomArticles.Revision> revs = newsroom.revisions(a.id());
        String selected = ctx.queryParam("rev");
        int index = 0;
        for (int i = 0; i < revs.size(); i++) if (revs.get(i).id().equals(selected)) index = i;
        List<VersionRow> versions = new ArrayList<>();
        versions.add(new VersionRow("current", "Current version", null, null, false));
        for (int i = 0; i < revs.size(); i++) {
            NewsroomArticles.Revision r = revs.get(i);
            versions.add(new VersionRow(r.id(), "Replaced " + io.newsdesk.app.web.Format.human(r.replacedAt()),
                    r.revisedBy() == null ? "the importer" : r.revisedBy(), r.kind() == null ? "import" : r.kind(), i == index));
        }
        List<FieldDiff> diffs = List.of();
        String selectedId = null;
        if (!revs.isEmpty()) {
            NewsroomArticles.Revision old = revs.get(index);
            selectedId = old.id();
            String[] newer = index == 0 ? new String[] {a.title(), a.standfirst(), a.bodyHtml()}
                    : new String[] {revs.get(index - 1).title(), revs.get(index - 1).standfirst(), revs.get(index - 1).bodyHtml()};
            diffs = List.of(diff("Title", old.title(), newer[0]), diff("Standfirst", old.standfirst(), newer[1]),
                    diff("Body", bodyText(old.bodyHtml()), bodyText(newer[2])));
        }
        boolean restorable = publishes(ctx) || a.status() == ArticleStatus.DRAFT;
        String notice = revs.isEmpty() ? "No earlier versions: the article has not been changed since it was written." : null;
        ctx.contentType(HttpCaching.HTML).result(renderer.render("admin/article-revisions.jte", new RevisionsView(pages.bareChrome(),
                AdminViews.meta("History: " + a.title()), AdminAuth.nav(ctx), a, versions, selectedId, diffs, restorable, notice)));
    }

    private static FieldDiff diff(String field, String before, String after) {
        return new FieldDiff(field, WordDiff.of(nz(before), nz(after)), !WordDiff.same(nz(before), nz(after)));
    }

    private static String bodyText(String html) {
        return BodyHtml.sanitize(html, null).text();
    }

    private void restore(Context ctx) {
        Article a = article(ctx, true);
        String rev = ctx.pathParam("rev");
        String by = AdminAuth.sessionOf(ctx).user().name();
        try {
            jdbi.useTransaction(h -> writer.restore(h, a.id(), rev, by));
        } catch (IllegalArgumentException e) {
            throw new NotFoundResponse("No such revision of this article.");
        }
        Article after = stores.articles().byId(a.id()).orElseThrow();
        Map<String, Object>[] changed = changed(fields(a, ""), fields(after, ""));
        changed[1].put("restoredRevision", rev);
        audit.record(auth.actor(ctx), "article.restored", a.id(), changed[0], changed[1]);
        ctx.redirect("/admin/articles/" + a.id() + "?done=restored", HttpStatus.SEE_OTHER);
    }

    // ---- audit

    private static Map<String, Object> fields(Article a, String authors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title());
        m.put("standfirst", nz(a.standfirst()));
        m.put("body", cut(a.bodyText()));
        m.put("section", a.sectionId());
        m.put("authors", authors);
        m.put("caption", nz(a.imageCaption()));
        m.put("credit", nz(a.imageCredit()));
        m.put("status", a.status().dbValue());
        return m;
    }

    /** Only the fields that differ: before and after. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] changed(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> b = new LinkedHashMap<>(), n = new LinkedHashMap<>();
        for (String k : after.keySet()) {
            if (!Objects.equals(before.get(k), after.get(k))) {
                b.put(k, before.get(k));
                n.put(k, after.get(k));
            }
        }
        return new Map[] {b, n};
    }

    private static String cut(String text) {
        String t = nz(text);
        return t.length() > AUDIT_TEXT ? t.substring(0, AUDIT_TEXT) + "…" : t;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
