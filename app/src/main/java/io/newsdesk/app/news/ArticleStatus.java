package io.newsdesk.app.news;

import java.util.Locale;

/**
 * Only {@link #PUBLISHED} articles are shown to readers; HELD waits for an editor (e.g. a bad translation). An
 * article written in the admin goes DRAFT → REVIEW (an author submitted it) → SCHEDULED (published by
 * {@code content.ScheduledPublishing} when its {@code published_at} comes) or PUBLISHED → UNPUBLISHED.
 */
public enum ArticleStatus {
    DRAFT, HELD, PUBLISHED, UNPUBLISHED, REVIEW, SCHEDULED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
