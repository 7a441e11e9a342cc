package io.newsdesk.app.news;

/**
 * The site's URL scheme: where each kind of page lives. The one place for the reader site's routes and links,
 * the feeds, the sitemaps, Telegram posts and WebSub topics; a route is the path of its placeholder
 * ({@code SitePaths.article("{slug}")}).
 */
public final class SitePaths {
    private SitePaths() {}

    public static String article(String slug) {
        return "/article/" + slug;
    }

    public static String section(String slug) {
        return "/section/" + slug;
    }

    public static String author(String slug) {
        return "/author/" + slug;
    }

    public static String outlet(String slug) {
        return "/outlet/" + slug;
    }

    public static String story(String id) {
        return "/story/" + id;
    }
}
