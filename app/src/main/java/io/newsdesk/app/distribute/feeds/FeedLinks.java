package io.newsdesk.app.distribute.feeds;

import java.util.ArrayList;
import java.util.List;

/** The autodiscovery links of a page with feeds: one {@code <link rel="alternate">} per format. */
public final class FeedLinks {
    /** A feed of a page, for {@code <link rel="alternate">} in its head. */
    public record FeedLink(String type, String title, String href) {}

    private FeedLinks() {}

    /**
     * @param baseUrl  the public base URL (no trailing slash)
     * @param pagePath the page's path ({@code /section/world}), empty or "/" for the home page
     * @param title    what a feed reader lists the feeds as, e.g. "World | Herald"
     */
    public static List<FeedLink> of(String baseUrl, String pagePath, String title) {
        String path = pagePath == null || pagePath.equals("/") ? "" : pagePath;
        List<FeedLink> links = new ArrayList<>(3);
        for (FeedFormat f : FeedFormat.values()) {
            links.add(new FeedLink(f.mediaType(), title + " (" + f.label() + ")", baseUrl + path + "/" + f.fileName()));
        }
        return List.copyOf(links);
    }
}
