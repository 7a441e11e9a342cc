package io.newsdesk.app.ingest.feed;

import java.util.List;

/**
 * The result of parsing one fetched body. {@code warnings} records what was recovered from or repaired
 * (a dropped entry, a charset fallback) so that the source's health page can show it.
 */
public record ParsedFeed(
        FeedKind kind,
        String title,
        String siteLink,
        String language,
        List<FeedItem> items,
        List<String> warnings) {

    public ParsedFeed {
        items = items == null ? List.of() : List.copyOf(items);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
