package io.newsdesk.app.ingest.feed;

/** What a source delivered, detected from the content itself (content types lie too often). */
public enum FeedKind {
    RSS, ATOM, JSON_FEED, SITEMAP, NEWS_SITEMAP, HTML
}
