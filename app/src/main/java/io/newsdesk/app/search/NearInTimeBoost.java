package io.newsdesk.app.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query's score times a factor between 1 and 2 from how near an article's publication is to a moment: 2 at it,
 * 1.5 at {@code pivot} before or after, towards 1 far from it. For "Related" the moment is the article's own
 * publication, so a new article's related are the recent ones and an old article's are those of its time, without
 * letting a near but unrelated article outrank a related farther one. The published time is read from its doc values.
 *
 * <p>Unlike Lucene's FunctionScoreQuery (which scores every match), the factor's bound is told to the wrapped query:
 * its best possible score is twice the wrapped one's, and a document needs half the collector's minimum to compete,
 * so a disjunction of many terms (MoreLikeThis) can still skip the documents that cannot make the top.
 */
final class NearInTimeBoost extends Query {
    /** The factor of an article published at the moment: the bound told to the wrapped query. */
    static final float MAX_FACTOR = 2f;

    private final Query query;
    private final long moment;
    private final long pivot;

    NearInTimeBoost(Query query, long moment, Duration pivot) {
        this(query, moment, pivot.toMillis());
    }

    private NearInTimeBoost(Query query, long moment, long pivotMillis) {
        this.query = Objects.requireNonNull(query);
        this.moment = moment;
        this.pivot = pivotMillis;
    }

    /** The factor for an article published {@code distanceMillis} before the moment (negative: after it). */
    double factor(long distanceMillis) {
        return 1 + (double) pivot / (pivot + Math.abs((double) distanceMillis));
    }

    private static NumericDocValues published(LeafReaderContext ctx) throws IOException {
        return SortedNumericSelector.wrap(DocValues.getSortedNumeric(ctx.reader(), SearchIndex.PUBLISHED),
                SortedNumericSelector.Type.MAX, SortField.Type.LONG);
    }

    /** The factor of {@code doc}; an article without a time counts as very old. */
    private double factorOf(NumericDocValues published, int doc) throws IOException {
        return published.advanceExact(doc) ? factor(moment - published.longValue()) : 1;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : new NearInTimeBoost(rewritten, moment, pivot);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = searcher.createWeight(query, scoreMode, boost);
        if (!scoreMode.needsScores()) return inner;
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                ScorerSupplier in = inner.scorerSupplier(ctx);
                if (in == null) return null;
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new Boosted(in.get(leadCost), published(ctx));
                    }

                    @Override
                    public long cost() {
                        return in.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        // without it a disjunction scores every match (DisjunctionSumScorer) instead of skipping (WAND)
                        in.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public Matches matches(LeafReaderContext ctx, int doc) throws IOException {
                return inner.matches(ctx, doc);
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                Explanation e = inner.explain(ctx, doc);
                if (!e.isMatch()) return e;
                double f = factorOf(published(ctx), doc);
                return Explanation.match((float) (e.getValue().doubleValue() * f), "nearness in time, product of:",
                        e, Explanation.match(f, "factor from the distance in time, pivot " + pivot + " ms"));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // the factor depends on the moment
            }
        };
    }

    /** The wrapped scorer's matches, each score multiplied by its factor; the bounds scaled by MAX_FACTOR. */
    private final class Boosted extends Scorer {
        private final Scorer in;
        private final NumericDocValues published;

        Boosted(Scorer in, NumericDocValues published) {
            this.in = in;
            this.published = published;
        }

        @Override
        public float score() throws IOException {
            // at most MAX_FACTOR times the wrapped score, exactly (doubling a float is exact)
            return (float) (in.score() * factorOf(published, in.docID()));
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) * MAX_FACTOR;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // a document whose wrapped score is under half the minimum stays under it even at the moment itself
            in.setMinCompetitiveScore(minScore / MAX_FACTOR);
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(in, "MUST"));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "nearInTime(" + query.toString(field) + ", pivot=" + pivot + "ms)";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && o instanceof NearInTimeBoost r && r.query.equals(query) && r.moment == moment && r.pivot == pivot;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query, moment, pivot);
    }
}
