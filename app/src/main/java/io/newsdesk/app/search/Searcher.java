package io.newsdesk.app.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * Answers a reader's query from the index: words, filters (section, outlet, author, language, days of publication)
 * and an order (relevance: BM25 with title words weighted, ties newest first; or date). Filters alone list the
 * newest articles that pass them. Each result gets a snippet of its text with the matches marked, and a query with
 * words no article contains gets a "did you mean".
 */
public final class Searcher {
    /** Deep pages cost a sort over page × size hits; nobody reads result page 50. */
    public static final int MAX_PAGE = 50;
    /**
     * Matches are counted exactly up to this many; past it the search stops counting and skips the documents that
     * cannot reach the page (a common word matches most of a big index), and the page says "more than" this.
     * It is above MAX_PAGE pages of the site's page size, so the number of pages is always right.
     */
    public static final int COUNTED = 1000;
    private static final Sort RELEVANCE_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, SearchIndex.NEWEST);
    private static final Sort NEWEST_THEN_RELEVANCE = new Sort(SearchIndex.NEWEST, SortField.FIELD_SCORE);

    private final SearchIndex index;
    private final ArticleTexts texts;
    private final Snippets snippets;
    private final Spelling spelling = new Spelling();

    public Searcher(SearchIndex index) {
        this(index, ArticleTexts.NONE);
    }

    /** @param texts where the results' text for snippets comes from (the database) */
    public Searcher(SearchIndex index, ArticleTexts texts) {
        this.index = index;
        this.texts = texts;
        this.snippets = new Snippets(index.analyzer());
    }

    /** Page {@code page} (from 1) of the matches of {@code rawQuery}; an empty query finds nothing. */
    public SearchResults search(String rawQuery, int page, int pageSize) throws IOException {
        return search(SearchRequest.of(rawQuery, page), pageSize);
    }

    /** A page of the matches of {@code request}; no words and no filters find nothing. */
    public SearchResults search(SearchRequest request, int pageSize) throws IOException {
        String cleaned = UserQuery.clean(request.query());
        int page = Math.min(Math.max(1, request.page()), MAX_PAGE);
        SearchRequest asked = new SearchRequest(cleaned, request.section(), request.outlet(), request.author(),
                request.language(), request.from(), request.to(), request.order(), page);
        if (cleaned.isEmpty() && !asked.filtered()) return SearchResults.none(asked);
        Query words = cleaned.isEmpty() ? null : UserQuery.parse(cleaned, index.analyzer());
        Query query = withFilters(words == null ? new MatchAllDocsQuery() : words, asked);
        Sort sort = words == null || asked.order() == SearchRequest.Order.DATE ? NEWEST_THEN_RELEVANCE : RELEVANCE_THEN_NEWEST;
        return index.search(s -> page(s, query, words, sort, asked, pageSize, cleaned));
    }

    /** The languages of the indexed articles (ISO 639-1 codes, sorted), for the language filter. */
    public List<String> languages() throws IOException {
        return index.search(s -> {
            List<String> codes = new ArrayList<>();
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), SearchIndex.LANGUAGE);
            if (terms == null) return codes;
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) codes.add(t.utf8ToString());
            return codes;
        });
    }

    private static Query withFilters(Query words, SearchRequest r) {
        if (!r.filtered()) return words;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        term(b, SearchIndex.SECTION, r.section());
        term(b, SearchIndex.OUTLET, r.outlet());
        term(b, SearchIndex.AUTHOR, r.author());
        term(b, SearchIndex.LANGUAGE, r.language());
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : startOf(r.from());
            long to = r.to() == null ? Long.MAX_VALUE : startOf(r.to().plusDays(1)) - 1;
            b.add(SearchIndex.publishedBetween(from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void term(BooleanQuery.Builder b, String field, String value) {
        if (value != null) b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The page of results, with snippets when the query has words (marked while the searcher that found them is held). */
    private SearchResults page(IndexSearcher s, Query query, Query words, Sort sort, SearchRequest asked, int pageSize, String cleaned)
            throws IOException {
        TopFieldDocs top;
        try {
            // one pass: the page's hits and the count up to COUNTED (not a count of every match, then a sort)
            top = s.search(query, new TopFieldCollectorManager(sort, asked.page() * pageSize, null, COUNTED));
        } catch (IndexSearcher.TooManyClauses e) { // a prefix of one letter over a big index, say
            return SearchResults.none(asked);
        }
        List<Snippets.Found> found = new ArrayList<>();
        ScoreDoc[] hits = top.scoreDocs;
        for (int i = (asked.page() - 1) * pageSize; i < hits.length; i++) {
            int doc = hits[i].doc;
            found.add(new Snippets.Found(doc, SearchIndex.id(s.getIndexReader(), doc), SearchIndex.changed(s.getIndexReader(), doc)));
        }
        List<String> ids = found.stream().map(Snippets.Found::id).toList();
        Map<String, String> marked = words == null || ids.isEmpty() ? Map.of() : snippets.of(s, words, found, texts.of(ids));
        // counting stops only once past COUNTED: then "more than COUNTED" is true, whatever the count reached
        boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        int total = exact ? (int) Math.min(Integer.MAX_VALUE, top.totalHits.value()) : COUNTED;
        int pages = Math.max(1, Math.min(MAX_PAGE, (total + pageSize - 1) / pageSize));
        String suggestion = cleaned.isEmpty() ? null : spelling.suggest(cleaned, s.getIndexReader());
        return new SearchResults(asked, ids, total, exact, asked.page(), pages, marked, suggestion);
    }
}
