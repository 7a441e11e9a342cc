package io.newsdesk.app.news;

import java.util.Locale;

/** Only {@link #PUBLISHED} articles are shown to readers; HELD waits for an editor (e.g. a bad translation). */
public enum ArticleStatus {
    DRAFT, HELD, PUBLISHED, UNPUBLISHED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
