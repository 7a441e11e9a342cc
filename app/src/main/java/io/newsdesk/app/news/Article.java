package io.newsdesk.app.news;

import java.time.Instant;

/**
 * An article as stored: {@code bodyHtml} is sanitized, {@code bodyText} and {@code excerpt} are
 * clean text derived from it. The original* fields are set for articles imported from an outlet; {@code storyId} is
 * the story it was placed in (other outlets' reports of the same news), or null.
 */
public record Article(
        String id,
        String slug,
        String title,
        String standfirst,
        String bodyHtml,
        String bodyText,
        String excerpt,
        String imageUrl,
        String imageCaption,
        String imageCredit,
        String sectionId,
        String language,
        ArticleStatus status,
        Instant publishedAt,
        Instant updatedAt,
        String outletId,
        String originalUrl,
        String originalTitle,
        String originalLanguage,
        boolean translated,
        String storyId) {

    public boolean imported() {
        return outletId != null;
    }

    /** Updated noticeably after publication (a later edit, not the same save). */
    public boolean updatedAfterPublication() {
        return publishedAt != null && updatedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(60));
    }
}
