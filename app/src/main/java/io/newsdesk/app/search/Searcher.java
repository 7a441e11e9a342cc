package io.newsdesk.app.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Answers a reader's query from the index. Order: relevance (BM25, title words weighted), ties broken
 * newest first. Relevance first because a reader who searches for a word wants the articles about it;
 * a recency boost (a decay on the published time) can follow once it can be tuned on real queries.
 */
public final class Searcher {
    /** Deep pages cost a sort over page × size hits; nobody reads result page 50. */
    public static final int MAX_PAGE = 50;
    private static final Sort RELEVANCE_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            LongField.newSortField(SearchIndex.PUBLISHED, true, SortedNumericSelector.Type.MAX));

    private final SearchIndex index;

    public Searcher(SearchIndex index) {
        this.index = index;
    }

    /** Page {@code page} (from 1) of the matches of {@code rawQuery}; an empty query finds nothing. */
    public SearchResults search(String rawQuery, int page, int pageSize) throws IOException {
        String cleaned = UserQuery.clean(rawQuery);
        if (cleaned.isEmpty()) return SearchResults.none(cleaned);
        Query query = UserQuery.parse(cleaned, index.analyzer());
        int wanted = Math.min(Math.max(1, page), MAX_PAGE);
        return index.search(s -> page(s, query, cleaned, wanted, pageSize));
    }

    private static SearchResults page(IndexSearcher s, Query query, String cleaned, int page, int pageSize) throws IOException {
        int total;
        TopFieldDocs top;
        try {
            total = s.count(query);
            top = s.search(query, page * pageSize, RELEVANCE_THEN_NEWEST, false);
        } catch (IndexSearcher.TooManyClauses e) { // a prefix of one letter over a big index, say
            return SearchResults.none(cleaned);
        }
        StoredFields stored = s.storedFields();
        List<String> ids = new ArrayList<>();
        ScoreDoc[] hits = top.scoreDocs;
        for (int i = (page - 1) * pageSize; i < hits.length; i++) {
            ids.add(stored.document(hits[i].doc).get(SearchIndex.ID));
        }
        int pages = Math.max(1, Math.min(MAX_PAGE, (total + pageSize - 1) / pageSize));
        return new SearchResults(cleaned, ids, total, page, pages);
    }
}
