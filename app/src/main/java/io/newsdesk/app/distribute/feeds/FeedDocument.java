package io.newsdesk.app.distribute.feeds;

import java.time.Instant;
import java.util.List;

/**
 * A feed before it is written in one of the formats.
 *
 * @param pageUrl    the absolute URL of the page the feed belongs to
 * @param feedUrl    the absolute URL of this feed in this format (its "self" link)
 * @param webSubHub  the WebSub hub subscribers may use, or null when none is configured
 * @param updated    when the newest entry last changed (for an empty feed, when the site began: a stable date)
 */
public record FeedDocument(String title, String description, String pageUrl, String feedUrl, String language,
                           String siteName, String webSubHub, Instant updated, List<FeedEntry> entries) {}
