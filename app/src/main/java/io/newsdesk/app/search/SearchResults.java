package io.newsdesk.app.search;

import java.util.List;

/** One page of results: article ids, best first, out of {@code total} matches. */
public record SearchResults(String query, List<String> ids, int total, int page, int pages) {
    public static SearchResults none(String query) {
        return new SearchResults(query, List.of(), 0, 1, 1);
    }
}
