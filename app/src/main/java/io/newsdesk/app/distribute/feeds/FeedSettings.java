package io.newsdesk.app.distribute.feeds;

import java.util.Map;

/**
 * How the feeds are made.
 *
 * @param items     how many of the newest articles each feed carries
 * @param webSubHub the WebSub hub the feeds declare (NEWSDESK_WEBSUB_HUB), or null for none
 */
public record FeedSettings(int items, String webSubHub) {
    /** Enough for a reader that polls hourly on a busy day, small enough to render in a few milliseconds. */
    public static final int DEFAULT_ITEMS = 40;

    public FeedSettings {
        if (items < 1) throw new IllegalArgumentException("a feed needs at least one item");
        webSubHub = webSubHub == null || webSubHub.isBlank() ? null : webSubHub.strip();
    }

    public static FeedSettings defaults() {
        return new FeedSettings(DEFAULT_ITEMS, null);
    }

    public static FeedSettings fromEnvironment(Map<String, String> env) {
        return new FeedSettings(DEFAULT_ITEMS, env.get("NEWSDESK_WEBSUB_HUB"));
    }

    public FeedSettings withWebSubHub(String hub) {
        return new FeedSettings(items, hub);
    }
}
