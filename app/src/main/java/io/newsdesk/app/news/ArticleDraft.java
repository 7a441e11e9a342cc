package io.newsdesk.app.news;

import java.time.Instant;
import java.util.List;

/**
 * An article as written or imported, before it is cleaned and stored. {@code bodyHtml} may hold
 * anything (it is sanitized on save); {@code title} and {@code standfirst} may hold markup too.
 */
public record ArticleDraft(
        String title,
        String standfirst,
        String bodyHtml,
        String baseUri,
        String imageUrl,
        String imageCaption,
        String imageCredit,
        String sectionId,
        List<String> authorIds,
        String language,
        ArticleStatus status,
        Instant publishedAt,
        Instant updatedAt,
        Imported imported) {

    /** Where an imported article came from. */
    public record Imported(String outletId, String originalUrl, String originalTitle, String originalLanguage, boolean translated) {}
}
