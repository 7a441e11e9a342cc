package io.newsdesk.app.search;

import java.util.List;

/**
 * What the index keeps of a published article: the text to search, the fields to filter and sort by,
 * and {@code changedAt}, the row's change time, which tells the indexer whether the document is current.
 *
 * @param storyId          the story cluster it belongs to (null when none), left out of its related articles
 * @param originalLanguage the language of the original of a translated article (null for others)
 * @param originalText     the original's title and text (null for articles that were not translated)
 */
record IndexedArticle(String id, String slug, String title, String standfirst, String bodyText, String sectionSlug,
                      String outletSlug, String language, long publishedAt, long changedAt, List<String> authorSlugs,
                      String storyId, String originalLanguage, String originalText) {}
