package io.newsdesk.app.news;

import java.time.Instant;

/** A reader's comment; the email is kept for the editors and never shown. */
public record Comment(
        String id, String articleId, String parentId, String authorName, String authorEmail, String body,
        Status status, Instant createdAt) {

    public enum Status { PENDING, APPROVED }
}
