package io.newsdesk.app.fetch;

/**
 * What is being fetched: article pages and their images honour robots.txt, feeds (which a publisher offers for
 * machines) do not.
 */
public enum FetchKind {
    FEED,
    PAGE,
    IMAGE
}
