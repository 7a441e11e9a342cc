package io.newsdesk.app.distribute.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One article as the feeds show it; all text is clean, all URLs absolute.
 *
 * @param summary        the excerpt, then the attribution of an imported article ("Source: Outlet — link")
 * @param contentHtml    the sanitized body when the article's content policy allows full text, else null
 * @param imageUrl       the lead image (absolute), or null
 * @param outletName     for imported articles, else null
 * @param originalUrl    for imported articles, else null
 * @param translatedFrom the original language's name ("Russian") for translated articles, else null
 */
public record FeedEntry(String id, String title, String url, String summary, String contentHtml, List<String> authors,
                        String category, Instant published, Instant updated, String imageUrl, String language,
                        String outletName, String originalUrl, String translatedFrom) {

    /** When the entry last changed: its update time, never before its publication. */
    public Instant lastChanged() {
        if (published == null) return updated;
        return updated == null || updated.isBefore(published) ? published : updated;
    }
}
