package io.newsdesk.app.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.GoneResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.site.comments.CommentForm;
import io.newsdesk.app.site.popular.ViewCounter;
import io.newsdesk.app.site.view.Views.ListView;
import io.newsdesk.app.store.ArticleStore;
import io.newsdesk.app.util.Caches;
import io.newsdesk.app.web.ClientAddress;
import io.newsdesk.app.web.CachedPageHandler;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.PageCache;
import io.newsdesk.app.web.Renderer;
import io.newsdesk.app.web.TrustedProxies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The public pages: home, section, author, outlet, article, the view beacon, robots.txt and ads.txt (search: {@link SearchRoutes}). */
public final class ReaderRoutes {
    /** A transparent 1x1 GIF: the beacon an article page loads through a plain {@code <img>}. */
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final ReaderPages pages;
    private final Renderer renderer;
    private final PageCache cache;
    private final ViewCounter views;
    private final ArticleStore articles;
    private final Path adsTxt;
    private final TrustedProxies proxies;
    private final Supplier<String> baseUrl; // the current public address (settings change it live)
    private final com.github.benmanes.caffeine.cache.LoadingCache<String, Boolean> publishedIds;

    public ReaderRoutes(ReaderPages pages, Renderer renderer, PageCache cache, ViewCounter views, ArticleStore articles,
                        Path adsTxt, Supplier<String> baseUrl, TrustedProxies proxies) {
        this.pages = pages;
        this.renderer = renderer;
        this.cache = cache;
        this.views = views;
        this.articles = articles;
        this.adsTxt = adsTxt;
        this.proxies = proxies;
        this.baseUrl = baseUrl;
        this.publishedIds = Caches.upkeptByCaller()
                .maximumSize(100_000).expireAfterWrite(java.time.Duration.ofMinutes(5)).build(articles::isPublished);
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> cached(ctx, "/", () -> renderer.render("home.jte", pages.home())));
        routes.get(SitePaths.section("{slug}"), this::section);
        routes.get(SitePaths.author("{slug}"), ctx -> listing(ctx, p -> pages.author(ctx.pathParam("slug"), p)));
        routes.get(SitePaths.outlet("{slug}"), ctx -> listing(ctx, p -> pages.outlet(ctx.pathParam("slug"), p)));
        routes.get(SitePaths.story("{id}"), ctx -> listing(ctx, p -> pages.story(ctx.pathParam("id"), p)));
        routes.get(SitePaths.article("{slug}"), this::article);
        routes.get("/v/{id}.gif", this::beacon);
        routes.get("/robots.txt", this::robots);
        routes.get("/ads.txt", this::ads);
    }

    private void article(Context ctx) {
        String slug = ctx.pathParam("slug");
        String replyTo = ctx.queryParam("replyto");
        boolean pending = "pending".equals(ctx.queryParam("comment"));
        if (replyTo == null && !pending) {
            cached(ctx, SitePaths.article(slug), () -> renderer.render("article.jte",
                    pages.article(slug, CommentForm.empty(), null, null).orElseThrow(() -> missing(slug))));
            return;
        }
        // A reader-specific variant (after commenting, or replying): rendered fresh, never shared.
        String notice = pending ? "Thank you! Your comment is awaiting moderation." : null;
        var view = pages.article(slug, CommentForm.empty(), notice, replyTo).orElseThrow(() -> missing(slug));
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(HttpCaching.HTML).result(renderer.render("article.jte", view));
    }

    /** 410 for an article taken down after it was published (readers and crawlers may forget it), else 404. */
    private HttpResponseException missing(String slug) {
        return pages.withdrawn(slug) ? new GoneResponse("This article was withdrawn and is no longer available.")
                : new NotFoundResponse();
    }

    /** A section's page; the old address of a renamed or removed section answers 301 to where it went. */
    private void section(Context ctx) {
        String slug = ctx.pathParam("slug");
        Optional<String> moved = pages.sectionMovedTo(slug);
        if (moved.isPresent()) {
            ctx.redirect(moved.get() + listPage(ctx).map(ListPage::query).orElse(""), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        listing(ctx, p -> pages.section(slug, p));
    }

    /**
     * A list page; a page past the last, past the numbered ones, or next to an unknown article answers 404 (and,
     * failing, is never cached).
     */
    private void listing(Context ctx, Function<ListPage, Optional<ListView>> build) {
        ListPage page = listPage(ctx).orElseThrow(NotFoundResponse::new);
        cached(ctx, ctx.path() + page.query(), () -> renderer.render("list.jte", build.apply(page)
                .filter(v -> page.first() || !v.cards().isEmpty()).orElseThrow(NotFoundResponse::new)));
    }

    private static Optional<ListPage> listPage(Context ctx) {
        return ListPage.of(ctx.queryParam("page"), ctx.queryParam("older"), ctx.queryParam("newer"));
    }

    private void cached(Context ctx, String key, Supplier<byte[]> render) {
        HttpCaching.send(ctx, cache.get(key, render), HttpCaching.PAGE_CACHE_CONTROL);
    }

    private void beacon(Context ctx) {
        String id = ctx.pathParam("id");
        boolean head = ctx.req().getAttribute(CachedPageHandler.HEAD_ATTRIBUTE) != null; // a HEAD reads nothing
        if (!head && id.length() <= 40 && publishedIds.get(id)) views.record(id, ClientAddress.of(ctx, proxies), ctx.userAgent());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("image/gif").result(PIXEL);
    }

    private void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("""
                User-agent: *
                Disallow: /admin/
                Disallow: /v/
                Disallow: /search
                Sitemap: %1$s/sitemap.xml
                Sitemap: %1$s/news-sitemap.xml
                """.formatted(baseUrl.get()));
    }

    private void ads(Context ctx) throws java.io.IOException {
        if (!Files.isRegularFile(adsTxt)) throw new NotFoundResponse();
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType("text/plain; charset=utf-8").result(Files.readAllBytes(adsTxt));
    }

    static int pageNumber(String raw) {
        if (raw == null) return 1;
        try {
            int p = Integer.parseInt(raw);
            return p < 1 || p > 10_000 ? 1 : p;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
