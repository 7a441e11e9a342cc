package io.newsdesk.app.fetch;

/** What is being fetched: article pages honour robots.txt, feeds (which a publisher offers for machines) do not. */
public enum FetchKind {
    FEED,
    PAGE
}
