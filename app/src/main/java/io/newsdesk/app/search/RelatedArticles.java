package io.newsdesk.app.search;

import com.github.benmanes.caffeine.cache.Cache;
import io.newsdesk.app.store.KeptRelatedList;
import io.newsdesk.app.util.Caches;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * "Related" for an article page: the articles most like it by the words of its title and text (MoreLikeThis's method,
 * {@link TellingTerms}: its most telling terms, weighted by tf-idf, searched in the index), those published near it favoured
 * ({@link NearInTimeBoost}: for a new article, the recent ones), its own story left out (its other reports are "Also
 * reported by"). Empty when the index knows too little of its words to say; the page then falls back to the section's
 * latest. The lists of all but the newest articles ({@link #FRESH}) are kept in the database ({@link RelatedLists},
 * filled by {@link RelatedSweep}): for good once the window has closed, for a few hours while it is open; the page reads
 * an article's list with its row. Answers searched for are kept per article in memory until the index changes or
 * {@link #invalidate()} (an article changed) drops them, except those of articles whose window closed a while ago
 * ({@link #SETTLED_AFTER}), kept until they expire. A list read from the database is not kept in memory too: the page
 * reads it again with the article's row at no cost, and the long tail of old articles would only churn the memory's.
 *
 * <p>The candidates are the articles published around it, in a window that holds about {@link #WINDOW_ARTICLES} of
 * them at the site's rate of publication (at least {@link #MIN_HALF_WINDOW} either side): the lookup's cost follows
 * how much the site publishes in a while, not how many articles its archive holds, and a small site's window is its
 * whole archive.
 */
public final class RelatedArticles {
    /** An article this far in time scores 1.5 times less than one of the same likeness published at once, farther ones less still. */
    static final Duration NEARNESS_PIVOT = Duration.ofDays(14);
    /** About this many articles are candidates: a window of time around the article holding them at the site's rate. */
    static final long WINDOW_ARTICLES = 20_000;
    /** The window reaches at least this far either side, however much the site publishes. */
    static final Duration MIN_HALF_WINDOW = Duration.ofDays(30);
    /**
     * An answer is kept when the index changes once the article's window closed this long ago: what is published now
     * falls outside it, and only an import dated back into it could have changed the answer (answers expire anyway).
     */
    static final Duration SETTLED_AFTER = Duration.ofDays(7);
    /**
     * An article published this recently is always searched: the day's news still enter its list. An older one whose
     * window is open reads a kept list a few hours old ({@link RelatedLists#OPEN_KEEP}): what is published now is far
     * from it in time, so it seldom makes its top, and shows there by the next sweep.
     */
    static final Duration FRESH = Duration.ofDays(1);
    private static final int CACHED_ARTICLES = 20_000;

    /** {@code settled}: the article's window had closed when it was computed ({@link #SETTLED_AFTER}). */
    private record Answer(long generation, int limit, List<String> ids, boolean settled) {}

    /** The article whose related are asked: its words, its story (left out) and its publication time. */
    public record Subject(String id, String title, String text, String storyId, long publishedAt) {}

    /** The index's span of publication times and its size, from which the window's width follows. */
    private record Span(long generation, long oldest, long newest, int articles) {}

    private final SearchIndex index;
    private final RelatedLists lists;
    private final long windowArticles;
    private volatile Span span;
    private final Cache<String, Answer> answers = Caches.upkeptByCaller().maximumSize(CACHED_ARTICLES)
            .expireAfterWrite(Duration.ofMinutes(30)).build();

    /** @param lists the kept lists of old articles, or null to search for every article */
    public RelatedArticles(SearchIndex index, RelatedLists lists) {
        this(index, lists, WINDOW_ARTICLES);
    }

    /** @param windowArticles about how many articles around the subject are candidates (tests make it small) */
    RelatedArticles(SearchIndex index, RelatedLists lists, long windowArticles) {
        this.index = index;
        this.lists = lists;
        this.windowArticles = windowArticles;
    }

    /**
     * Up to {@code limit} ids of articles like this one, most related first; empty when the index cannot tell. An old
     * article's answer outlives changes to the index (the articles of its time do not change when today's are
     * published), so its page rendered again after a change does not search again; with {@link RelatedLists}, the
     * kept list of an article older than {@link #FRESH} is read instead of searching even the first time.
     */
    public List<String> of(Subject subject, int limit) {
        return of(subject, limit, () -> lists.stored(subject.id()));
    }

    /**
     * As {@link #of(Subject, int)}, with the article's kept list read already, with its row (null: none is kept): the
     * article page saves a query.
     */
    public List<String> of(Subject subject, int limit, KeptRelatedList kept) {
        return of(subject, limit, () -> kept);
    }

    /** @param keptList the article's kept list (null: none), read only when its age lets it be shown */
    private List<String> of(Subject subject, int limit, Supplier<KeptRelatedList> keptList) {
        long generation = index.generation();
        Answer kept = answers.getIfPresent(subject.id());
        if (kept != null && (kept.generation() == generation || kept.settled()) && kept.limit() >= limit) {
            return kept.ids().subList(0, Math.min(limit, kept.ids().size()));
        }
        long now = System.currentTimeMillis();
        long settledBefore = settledBefore(now);
        boolean settled = subject.publishedAt() < settledBefore;
        boolean listed = lists != null && subject.publishedAt() < listedBefore(now, settledBefore);
        List<String> stored = listed ? RelatedLists.currentIds(keptList.get(), limit, now, settledBefore) : null;
        if (stored != null) return stored.subList(0, Math.min(limit, stored.size())); // read again with the page's row: not kept here
        List<String> ids = uncached(subject, limit);
        answers.put(subject.id(), new Answer(generation, limit, ids, settled));
        return ids.subList(0, Math.min(limit, ids.size()));
    }

    /**
     * Articles published before this time (milliseconds) have settled answers: their window closed more than
     * {@link #SETTLED_AFTER} before {@code now}. {@link Long#MIN_VALUE} while the window holds the whole index.
     */
    long settledBefore(long now) {
        long half = search(this::halfWindow);
        return half == 0 ? Long.MIN_VALUE : now - half - SETTLED_AFTER.toMillis();
    }

    /**
     * Articles published before this time (milliseconds) have kept lists: {@link RelatedSweep} writes them and the page
     * reads them. All but the last day's ({@link #FRESH}); none ({@link Long#MIN_VALUE}) while the window holds the
     * whole index ({@code settledBefore} says so): a small site's searches are cheap, and an index still being built
     * shows as empty (its lists would be too).
     */
    static long listedBefore(long now, long settledBefore) {
        return settledBefore == Long.MIN_VALUE ? Long.MIN_VALUE : now - FRESH.toMillis();
    }

    /** Computes the answer without the cache (also for the benchmark of the uncached lookup). */
    public List<String> uncached(Subject subject, int limit) {
        return search(s -> find(s, subject, limit));
    }

    private <T> T search(SearchIndex.SearchCall<T> call) {
        try {
            return index.search(call);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Drops the kept answers of articles whose window is open: an article changed, so their related lists may too.
     * Settled answers stay (a changed title or picture shows anyway: the cards are read afresh; an article taken down
     * is left out by the page). Of the dropped ones, an article older than {@link #FRESH} reads its kept list again,
     * so the change reaches it with the sweep.
     */
    public void invalidate() {
        answers.asMap().values().removeIf(a -> !a.settled());
    }

    private List<String> find(IndexSearcher s, Subject subject, int limit) throws IOException {
        String text = subject.text() == null ? "" : subject.text();
        Query like = TellingTerms.of(s.getIndexReader(), index.analyzer(), Map.of(SearchIndex.TITLE, subject.title(), SearchIndex.TEXT, text));
        if (like == null) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new NearInTimeBoost(like, subject.publishedAt(), NEARNESS_PIVOT), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.ID, subject.id())), BooleanClause.Occur.MUST_NOT);
        if (subject.storyId() != null) q.add(new TermQuery(new Term(SearchIndex.STORY, subject.storyId())), BooleanClause.Occur.MUST_NOT);
        long half = halfWindow(s);
        if (half > 0) {
            // half is less than the index's span of real publication times: no overflow
            q.add(SearchIndex.publishedBetween(subject.publishedAt() - half, subject.publishedAt() + half), BooleanClause.Occur.FILTER);
        }
        List<String> ids = new ArrayList<>();
        // no count wanted: the collector skips what cannot make the top from the first hits on
        var top = s.search(q.build(), new TopScoreDocCollectorManager(limit, null, limit));
        for (ScoreDoc hit : top.scoreDocs) ids.add(SearchIndex.id(s.getIndexReader(), hit.doc));
        return List.copyOf(ids);
    }

    /**
     * How far either side of an article its candidates reach: the time in which the site publishes about
     * {@code windowArticles} (at its average rate over the index's span), at least {@link #MIN_HALF_WINDOW};
     * 0 when the window would hold the whole index anyway (no filter then).
     */
    private long halfWindow(IndexSearcher s) throws IOException {
        Span known = span;
        long generation = index.generation();
        if (known == null || known.generation() != generation) span = known = span(s, generation);
        if (known.articles() <= windowArticles || known.newest() <= known.oldest()) return 0;
        double perMilli = (double) known.articles() / (known.newest() - known.oldest());
        long half = (long) Math.max(MIN_HALF_WINDOW.toMillis(), windowArticles / 2.0 / perMilli);
        return half >= known.newest() - known.oldest() ? 0 : half;
    }

    /** The oldest and newest publication times in the index (from its points: no document is read). */
    private static Span span(IndexSearcher s, long generation) throws IOException {
        long oldest = Long.MAX_VALUE, newest = Long.MIN_VALUE;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            PointValues points = leaf.reader().getPointValues(SearchIndex.PUBLISHED);
            if (points == null || points.size() == 0) continue;
            oldest = Math.min(oldest, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
            newest = Math.max(newest, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
        }
        return new Span(generation, oldest, newest, s.getIndexReader().numDocs());
    }
}
