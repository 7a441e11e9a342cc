package io.newsdesk.app.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results: article ids, best first, out of {@code total} matches.
 *
 * @param request    what was asked, its query cleaned as it was searched
 * @param total      the number of matches, counted up to {@link Searcher#COUNTED}; past that, {@code COUNTED} itself
 * @param totalExact whether {@code total} is the exact number (false: there are more than {@link Searcher#COUNTED})
 * @param snippets   per article id, the passages of its text that match, as HTML: escaped text and our own
 *                   {@code <mark>} (absent when the text is unknown or there were no words to match)
 * @param suggestion "did you mean": the query with misspelled words replaced, or null
 */
public record SearchResults(SearchRequest request, List<String> ids, int total, boolean totalExact, int page, int pages,
                            Map<String, String> snippets, String suggestion) {
    public static SearchResults none(SearchRequest request) {
        return new SearchResults(request, List.of(), 0, true, 1, 1, Map.of(), null);
    }

    public String query() {
        return request.query();
    }
}
