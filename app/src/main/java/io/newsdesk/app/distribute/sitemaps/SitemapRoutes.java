package io.newsdesk.app.distribute.sitemaps;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.PageCache;
import java.util.function.Supplier;

/**
 * The sitemap routes. Sitemaps are kept in the page cache like pages (a minute at most, dropped when content
 * changes) with ETag, Last-Modified and 304, so crawlers re-reading them cost one cached answer.
 */
public final class SitemapRoutes {
    static final String XML = "application/xml; charset=utf-8";

    private final Sitemaps sitemaps;
    private final PageCache cache;

    public SitemapRoutes(Sitemaps sitemaps, PageCache cache) {
        this.sitemaps = sitemaps;
        this.cache = cache;
    }

    public void register(RoutesConfig routes) {
        routes.get("/sitemap.xml", ctx -> send(ctx, sitemaps::index));
        routes.get("/news-sitemap.xml", ctx -> send(ctx, sitemaps::news));
        routes.get(Sitemaps.PAGES_PATH, ctx -> send(ctx, sitemaps::pages));
        routes.get("/sitemaps/articles-{n}.xml", ctx -> {
            int n = number(ctx.pathParam("n"));
            send(ctx, () -> sitemaps.articles(n).orElseThrow(NotFoundResponse::new));
        });
    }

    private void send(Context ctx, Supplier<byte[]> render) {
        HttpCaching.send(ctx, cache.get(ctx.path(), XML, render), HttpCaching.PAGE_CACHE_CONTROL);
    }

    private static int number(String raw) {
        if (raw.isEmpty() || raw.length() > 6 || !raw.chars().allMatch(Character::isDigit)) throw new NotFoundResponse();
        return Integer.parseInt(raw);
    }
}
