package io.newsdesk.app.distribute.feeds;

/**
 * What a feed covers: the whole site, or the articles of one section, author, outlet or story.
 *
 * @param id       the section, author, outlet or story id (null for the site)
 * @param pagePath the page the feed belongs to, e.g. {@code /section/world}; empty for the site,
 *                 whose feeds sit at the root ({@code /rss.xml})
 * @param title    the page's name, e.g. the section's ("World"); the site name for the site
 */
public record FeedScope(Kind kind, String id, String pagePath, String title) {

    public enum Kind { SITE, SECTION, AUTHOR, OUTLET, STORY }

    public String feedPath(FeedFormat format) {
        return pagePath + "/" + format.fileName();
    }

    /** The page a feed links to as its home page. */
    public String pageUrlPath() {
        return pagePath.isEmpty() ? "/" : pagePath;
    }
}
