package io.newsdesk.app.search;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;

/**
 * A factor between 1 and 2 from an article's age: 2 when just published, 1.5 at {@code pivot}, towards 1 for old
 * articles. Multiplied into a similarity score it favours recent articles among similar ones without letting a
 * new but unrelated article outrank a related older one. Read from the published time's doc values.
 */
final class RecencyBoost extends DoubleValuesSource {
    private final long now;
    private final long pivot;

    RecencyBoost(long now, Duration pivot) {
        this.now = now;
        this.pivot = pivot.toMillis();
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = SortedNumericSelector.wrap(DocValues.getSortedNumeric(ctx.reader(), SearchIndex.PUBLISHED),
                SortedNumericSelector.Type.MAX, SortField.Type.LONG);
        return new DoubleValues() {
            private double factor = 1;

            @Override
            public double doubleValue() {
                return factor;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                long age = published.advanceExact(doc) ? Math.max(0, now - published.longValue()) : Long.MAX_VALUE / 2;
                factor = 1 + (double) pivot / (pivot + age);
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, SearchIndex.PUBLISHED);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(now) * 31 + Long.hashCode(pivot);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost r && r.now == now && r.pivot == pivot;
    }

    @Override
    public String toString() {
        return "recency(now=" + now + ", pivot=" + pivot + "ms)";
    }
}
