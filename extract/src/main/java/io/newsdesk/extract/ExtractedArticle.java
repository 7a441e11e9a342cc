package io.newsdesk.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the extractor found on a page. Text fields are clean text; {@code bodyHtml} is clean
 * semantic HTML. Missing values are null (or empty lists), never invented.
 */
public record ExtractedArticle(
        String title,
        List<String> authors,
        OffsetDateTime published,
        OffsetDateTime modified,
        String siteName,
        String canonicalUrl,
        String language,
        LeadImage leadImage,
        List<String> tags,
        String section,
        String bodyHtml,
        String text,
        int wordCount,
        double confidence,
        List<String> warnings) {

    /** The lead image: an absolute URL, with its caption and credit when the page gives them. */
    public record LeadImage(String url, String caption, String credit) {}
}
