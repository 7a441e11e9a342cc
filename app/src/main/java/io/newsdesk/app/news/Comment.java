package io.newsdesk.app.news;

import java.time.Instant;

/** A reader's comment; the email is kept for the editors and never shown. */
public record Comment(
        String id, String articleId, String parentId, String authorName, String authorEmail, String body,
        Status status, Instant createdAt) {

    /** {@code SPAM}: marked by a moderator, or written by a blocked client; kept for the record, never shown. */
    public enum Status { PENDING, APPROVED, SPAM }
}
