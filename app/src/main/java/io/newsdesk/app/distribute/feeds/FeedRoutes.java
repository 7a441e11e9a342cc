package io.newsdesk.app.distribute.feeds;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.PageCache;

/**
 * {@code /rss.xml}, {@code /atom.xml}, {@code /feed.json}, and the same three under each section, author,
 * outlet and story page. Feeds live in the page cache: a minute at most, dropped with the pages when content
 * changes, and served with the same ETag, Last-Modified and 304 (straight from Jetty once cached).
 */
public final class FeedRoutes {
    private final Feeds feeds;
    private final PageCache cache;

    public FeedRoutes(Feeds feeds, PageCache cache) {
        this.feeds = feeds;
        this.cache = cache;
    }

    public void register(RoutesConfig routes) {
        for (FeedFormat format : FeedFormat.values()) {
            String file = "/" + format.fileName();
            routes.get(file, ctx -> serve(ctx, FeedScope.Kind.SITE, null, format));
            routes.get(SitePaths.section("{slug}") + file, ctx -> serve(ctx, FeedScope.Kind.SECTION, ctx.pathParam("slug"), format));
            routes.get(SitePaths.author("{slug}") + file, ctx -> serve(ctx, FeedScope.Kind.AUTHOR, ctx.pathParam("slug"), format));
            routes.get(SitePaths.outlet("{slug}") + file, ctx -> serve(ctx, FeedScope.Kind.OUTLET, ctx.pathParam("slug"), format));
            routes.get(SitePaths.story("{id}") + file, ctx -> serve(ctx, FeedScope.Kind.STORY, ctx.pathParam("id"), format));
        }
    }

    private void serve(Context ctx, FeedScope.Kind kind, String key, FeedFormat format) {
        // the key is the path as requested: a query string never reaches a different feed
        HttpCaching.send(ctx, cache.get(ctx.path(), format.contentType(), () -> {
            FeedScope scope = feeds.scope(kind, key).orElseThrow(NotFoundResponse::new);
            return feeds.render(scope, format);
        }), HttpCaching.PAGE_CACHE_CONTROL);
    }
}
