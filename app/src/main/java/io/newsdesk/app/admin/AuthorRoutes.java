package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.admin.SiteAdminViews.AuthorsView;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.content.CleanText;
import io.newsdesk.app.content.CleanUrl;
import io.newsdesk.app.news.AuthorProfile;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.AuthorStore;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /admin/authors (admins, editors): find an author, edit their name, bio, photo and links. Names and bios are stored
 * as clean text ({@link CleanText}: any markup is taken out), the photo and links only as absolute http(s) addresses
 * ({@link CleanUrl}); a refused form comes back as typed with its reason (400). A change is audited and shows on the
 * author's page at once.
 */
public final class AuthorRoutes {
    static final int PAGE_SIZE = 50;
    static final int MAX_LINKS = 5;
    static final int BIO_MAX = 2_000;

    private final AdminAuth auth;
    private final AuthorStore authors;
    private final AuditLog audit;
    private final Runnable siteChanged;
    private final ReaderPages pages;
    private final Renderer renderer;

    public AuthorRoutes(AdminAuth auth, AuthorStore authors, AuditLog audit, Runnable siteChanged, ReaderPages pages, Renderer renderer) {
        this.auth = auth;
        this.authors = authors;
        this.audit = audit;
        this.siteChanged = siteChanged;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/authors", ctx -> page(ctx, null, Map.of(), null, HttpStatus.OK));
        routes.get("/admin/authors/{id}/edit", ctx -> page(ctx, author(ctx), Map.of(), null, HttpStatus.OK));
        routes.post("/admin/authors/{id}/save", this::save);
    }

    private AuthorProfile author(Context ctx) {
        return authors.profile(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such author."));
    }

    private void page(Context ctx, AuthorProfile editing, Map<String, String> typed, String error, HttpStatus status) {
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        int page = pageNumber(ctx.queryParam("page"));
        List<AuthorProfile> found = authors.profiles(query, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        String notice = "saved".equals(ctx.queryParam("done")) ? "The author is saved; their page shows it now." : null;
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/authors.jte",
                new AuthorsView(pages.bareChrome(), AdminViews.meta("Authors"), AdminAuth.nav(ctx),
                        found.subList(0, Math.min(found.size(), PAGE_SIZE)), query, page, found.size() > PAGE_SIZE, editing, typed,
                        notice, error)));
    }

    static int pageNumber(String raw) {
        try {
            int n = raw == null ? 1 : Integer.parseInt(raw.strip());
            return Math.max(1, Math.min(n, 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void save(Context ctx) {
        AuthorProfile before = author(ctx);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : List.of("name", "bio", "photo_url", "links")) typed.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f));
        AuthorProfile after;
        try {
            after = checked(before, typed);
        } catch (IllegalArgumentException e) {
            page(ctx, before, typed, e.getMessage(), HttpStatus.BAD_REQUEST);
            return;
        }
        FieldChanges changes = FieldChanges.of(fields(before), fields(after));
        if (!changes.none()) {
            authors.updateProfile(after.id(), after.name(), after.bio(), after.photoUrl(), after.links());
            audit.record(auth.actor(ctx), "author.changed", before.slug(), changes.before(), changes.after());
            siteChanged.run();
        }
        ctx.redirect("/admin/authors/" + before.id() + "/edit?done=saved", HttpStatus.SEE_OTHER);
    }

    /** The typed form as a profile, or a refusal naming the field. */
    static AuthorProfile checked(AuthorProfile before, Map<String, String> typed) {
        String name = CleanText.of(typed.get("name"));
        if (name.isEmpty() || name.length() > 300) throw new IllegalArgumentException("The name needs 1 to 300 characters of text.");
        String bio = CleanText.optional(typed.get("bio"));
        if (bio != null && bio.length() > BIO_MAX) throw new IllegalArgumentException("The bio is longer than " + BIO_MAX + " characters.");
        String photo = null;
        if (!typed.get("photo_url").isBlank()) {
            photo = CleanUrl.web(typed.get("photo_url"));
            if (photo == null) throw new IllegalArgumentException("The photo is an absolute http or https address, such as https://example.org/me.jpg.");
        }
        List<String> links = new ArrayList<>();
        for (String line : typed.get("links").split("\\R")) {
            if (line.isBlank()) continue;
            String url = CleanUrl.web(line);
            if (url == null) throw new IllegalArgumentException("Each link is an absolute http or https address on its own line: \"" + cut(line.strip()) + "\" is not.");
            if (url.length() > 2000) throw new IllegalArgumentException("A link is longer than 2,000 characters.");
            if (!links.contains(url)) links.add(url);
        }
        if (links.size() > MAX_LINKS) throw new IllegalArgumentException("At most " + MAX_LINKS + " links.");
        if (photo != null && photo.length() > 2000) throw new IllegalArgumentException("The photo's address is longer than 2,000 characters.");
        return new AuthorProfile(before.id(), before.slug(), name, bio, photo, links, before.articles());
    }

    private static Map<String, Object> fields(AuthorProfile a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("bio", a.bio());
        m.put("photo_url", a.photoUrl());
        m.put("links", String.join(" ", a.links()));
        return m;
    }

    static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
