package io.newsdesk.app.ingest.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of a parsed source. Text fields are clean text (no markup); only {@code contentHtml} keeps HTML,
 * because the extractor and the full-text policy need it as delivered.
 *
 * @param kind        ARTICLE for a story; LINK for a document to fetch next (a child sitemap of a sitemap index)
 * @param link        absolute URL as delivered (canonicalise with {@link UrlNormalizer} for idempotency)
 * @param guid        the feed's own identifier (RSS guid, Atom id, JSON Feed id); may be null
 * @param language    per-item language where the format has one (news sitemaps, JSON Feed); may be null
 */
public record FeedItem(
        Kind kind,
        String link,
        String guid,
        String title,
        String summary,
        String contentHtml,
        OffsetDateTime published,
        OffsetDateTime updated,
        List<String> authors,
        List<String> categories,
        String imageUrl,
        String language) {

    public enum Kind { ARTICLE, LINK }

    public FeedItem {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A bare link: a sitemap entry or an article link found on an HTML section page. */
    static FeedItem link(Kind kind, String link, String title, OffsetDateTime updated) {
        return new FeedItem(kind, link, null, title, null, null, null, updated, List.of(), List.of(), null, null);
    }
}
