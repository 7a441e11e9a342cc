package io.newsdesk.app.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "Related" for an article page: the articles most like it by the words of its title and text (Lucene's MoreLikeThis:
 * its most telling terms, weighted by tf-idf, searched in the index), recent ones favoured ({@link RecencyBoost}),
 * its own story left out (its other reports are "Also reported by"). Empty when the index knows too little of its
 * words to say; the page then falls back to the section's latest. Answers are kept per article until the index
 * changes or {@link #invalidate()} (an article changed) drops them.
 */
public final class RelatedArticles {
    /** Fewer telling terms than this (a short or unusual text on a small index): too little to go by. */
    static final int MIN_TERMS = 2;
    static final int MAX_TERMS = 25;
    /** A term in more than this share of articles says nothing about a topic (applied once the index is big enough). */
    static final int MAX_DOC_PERCENT = 20;
    static final int PERCENT_FROM_DOCS = 500;
    /** An article this old scores 1.5 times less than a brand-new one of the same likeness, older ones less still. */
    static final Duration RECENCY_PIVOT = Duration.ofDays(14);
    /**
     * Related articles are looked for among those published this close to the article or to now: a bounded share of
     * a large site (on a site of a million articles a search over all of them cost tens of milliseconds a page).
     */
    static final Duration WINDOW = Duration.ofDays(60);
    private static final int CACHED_ARTICLES = 20_000;

    private record Answer(long generation, int limit, List<String> ids) {}

    private final SearchIndex index;
    private final Clock clock;
    private final Cache<String, Answer> answers = Caffeine.newBuilder().maximumSize(CACHED_ARTICLES)
            .expireAfterWrite(Duration.ofMinutes(30)).build();

    public RelatedArticles(SearchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** Up to {@code limit} ids of articles like this one, most related first; empty when the index cannot tell. */
    public List<String> of(String id, String title, String text, String storyId, int limit) {
        return of(id, title, text, storyId, null, limit);
    }

    /** As above, for an article published at {@code published} (null: not known, only the newest articles are looked at). */
    public List<String> of(String id, String title, String text, String storyId, Instant published, int limit) {
        long generation = index.generation();
        Answer kept = answers.getIfPresent(id);
        if (kept != null && kept.generation() == generation && kept.limit() >= limit) {
            return kept.ids().subList(0, Math.min(limit, kept.ids().size()));
        }
        List<String> ids = uncached(id, title, text, storyId, published, limit);
        answers.put(id, new Answer(generation, limit, ids));
        return ids;
    }

    /** Computes the answer without the cache (also for the benchmark of the uncached lookup). */
    public List<String> uncached(String id, String title, String text, String storyId, Instant published, int limit) {
        try {
            return index.search(s -> find(s, id, title, text == null ? "" : text, storyId, published, limit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops every kept answer: an article changed, so another article's related list may too. */
    public void invalidate() {
        answers.invalidateAll();
    }

    private List<String> find(IndexSearcher s, String id, String title, String text, String storyId, Instant published, int limit)
            throws IOException {
        if (limit < 1) return List.of();
        MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
        mlt.setAnalyzer(index.analyzer());
        mlt.setFieldNames(new String[] {SearchIndex.TITLE, SearchIndex.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2); // a word no other article has relates it to nothing
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(MAX_TERMS);
        if (s.getIndexReader().numDocs() >= PERCENT_FROM_DOCS) mlt.setMaxDocFreqPct(MAX_DOC_PERCENT);
        Query like = mlt.like(Map.of(SearchIndex.TITLE, List.of(title), SearchIndex.TEXT, List.of(text)));
        if (!(like instanceof BooleanQuery terms) || terms.clauses().size() < MIN_TERMS) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.ID, id)), BooleanClause.Occur.MUST_NOT);
        if (storyId != null) q.add(new TermQuery(new Term(SearchIndex.STORY, storyId)), BooleanClause.Occur.MUST_NOT);
        long now = clock.millis(), window = WINDOW.toMillis();
        BooleanQuery.Builder when = new BooleanQuery.Builder()
                .add(LongField.newRangeQuery(SearchIndex.PUBLISHED, now - window, Long.MAX_VALUE), BooleanClause.Occur.SHOULD);
        if (published != null) {
            long at = published.toEpochMilli();
            when.add(LongField.newRangeQuery(SearchIndex.PUBLISHED, at - window, at + window), BooleanClause.Occur.SHOULD);
        }
        q.add(when.build(), BooleanClause.Occur.FILTER);
        var stored = s.storedFields();
        List<String> ids = new ArrayList<>();
        // likeness times recency, without scoring every article that shares a common word (BoostedTopDocs)
        for (BoostedTopDocs.Hit hit : s.search(q.build(), new BoostedTopDocs(new RecencyBoost(clock.millis(), RECENCY_PIVOT), limit))) {
            ids.add(stored.document(hit.doc()).get(SearchIndex.ID));
        }
        return List.copyOf(ids);
    }
}
