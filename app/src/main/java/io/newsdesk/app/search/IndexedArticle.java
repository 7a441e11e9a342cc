package io.newsdesk.app.search;

/**
 * What the index keeps of a published article: the text to search, the fields to filter and sort by,
 * and {@code changedAt}, the row's change time, which tells the indexer whether the document is current.
 */
record IndexedArticle(String id, String slug, String title, String standfirst, String bodyText, String sectionSlug,
                      String outletSlug, String language, long publishedAt, long changedAt) {}
