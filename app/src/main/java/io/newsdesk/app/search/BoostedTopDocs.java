package io.newsdesk.app.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The top {@code limit} documents of a query by its score multiplied by a factor between 1 and 2 (the
 * {@link RecencyBoost}), found without scoring every match: once {@code limit} documents are held, a match whose plain
 * score is below half the lowest held boosted score cannot enter (its factor is at most 2), so the query's scorer is
 * told to skip it ({@link Scorable#setMinCompetitiveScore}). The answer is the same as scoring every match with the
 * factor (as {@code FunctionScoreQuery.boostByValue} does), ties going to the lower document number; the cost no
 * longer grows with the number of matches of common words, which on a large site is most of the index.
 */
final class BoostedTopDocs implements CollectorManager<BoostedTopDocs.Top, List<BoostedTopDocs.Hit>> {
    /** The factor never exceeds this: {@link RecencyBoost} stays between 1 and 2. */
    static final double MAX_FACTOR = 2;

    record Hit(int doc, float score) {}

    /** Best first; equal scores by document number, as Lucene's own top-docs collector orders them. */
    private static final Comparator<Hit> BEST_FIRST = Comparator.comparing(Hit::score, Comparator.reverseOrder())
            .thenComparingInt(Hit::doc);

    private final DoubleValuesSource factor;
    private final int limit;

    BoostedTopDocs(DoubleValuesSource factor, int limit) {
        if (limit < 1) throw new IllegalArgumentException("the top of nothing: limit " + limit);
        this.factor = factor;
        this.limit = limit;
    }

    @Override
    public Top newCollector() {
        return new Top();
    }

    @Override
    public List<Hit> reduce(Collection<Top> collectors) {
        List<Hit> all = new ArrayList<>();
        for (Top t : collectors) all.addAll(t.held);
        all.sort(BEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** The best {@code limit} of the documents one slice of the index offered. */
    final class Top implements Collector {
        /** Worst held first: the one a better match replaces. */
        private final PriorityQueue<Hit> held = new PriorityQueue<>(BEST_FIRST.reversed());

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            DoubleValues factors = factor.getValues(leaf, null);
            int base = leaf.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    raiseFloor();
                }

                @Override
                public void collect(int doc) throws IOException {
                    float plain = scorer.score();
                    double f = factors.advanceExact(doc) ? factors.doubleValue() : 1;
                    Hit hit = new Hit(base + doc, (float) (plain * f));
                    if (held.size() < limit) {
                        held.add(hit);
                    } else if (BEST_FIRST.compare(hit, held.peek()) < 0) {
                        held.poll();
                        held.add(hit);
                    } else {
                        return;
                    }
                    raiseFloor();
                }

                /** Below half the lowest held score nothing can enter any more. */
                private void raiseFloor() throws IOException {
                    if (held.size() == limit) scorer.setMinCompetitiveScore(Math.nextDown((float) (held.peek().score() / MAX_FACTOR)));
                }
            };
        }
    }
}
