package io.newsdesk.app.search;

import java.time.LocalDate;

/**
 * What a reader asked for: the words (as typed; {@link UserQuery} cleans them), the filters (null: any) and the order.
 *
 * @param section  a section's slug
 * @param outlet   an outlet's slug
 * @param author   an author's slug
 * @param language an ISO 639-1 code
 * @param from     the first day of publication, inclusive (UTC)
 * @param to       the last day of publication, inclusive (UTC)
 * @param page     from 1
 */
public record SearchRequest(String query, String section, String outlet, String author, String language, LocalDate from,
                            LocalDate to, Order order, int page) {
    public enum Order {
        /** Best match first, ties newest first. */
        RELEVANCE,
        /** Newest first, ties best match first. */
        DATE
    }

    public SearchRequest {
        query = query == null ? "" : query;
        order = order == null ? Order.RELEVANCE : order;
    }

    /** Just words: no filter, best match first. */
    public static SearchRequest of(String query, int page) {
        return new SearchRequest(query, null, null, null, null, null, null, Order.RELEVANCE, page);
    }

    public boolean filtered() {
        return section != null || outlet != null || author != null || language != null || from != null || to != null;
    }
}
