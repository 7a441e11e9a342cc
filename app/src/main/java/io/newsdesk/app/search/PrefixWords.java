package io.newsdesk.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A reader's prefix ("regi*") as the words of the index it stands for ("region", "regist"). Searched, those words are
 * scored like typed words ({@link #SCORED_WHEN_FEW}): a title match ranks first, and the search skips what cannot make
 * the page, where a constant score for every match made it collect them all (prefixes were four of the ten slowest
 * searches at 200,000 articles). For the snippets ({@link #spelledOut}): Lucene's highlighter cannot take a prefix's
 * matches from the offsets kept in the postings and analyses every result's whole text instead; spelled out, the
 * prefix's words are terms like any other. A prefix of one or two letters stands for thousands of words: beyond
 * {@link #MAX_WORDS} distinct words it stays one constant-score set and its snippets are made by analysis.
 */
final class PrefixWords {
    static final int MAX_WORDS = 64;

    /** The prefix's words as scored terms when they are at most {@link #MAX_WORDS}, else one constant-score set. */
    static final MultiTermQuery.RewriteMethod SCORED_WHEN_FEW = new MultiTermQuery.RewriteMethod() {
        @Override
        public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
            Query words = words(searcher.getIndexReader(), query);
            return words != null ? words : MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE.rewrite(searcher, query);
        }
    };

    private PrefixWords() {}

    /** {@code query} (as the parser made it) with its prefixes searched by {@link #SCORED_WHEN_FEW}. */
    static Query scored(Query query) {
        try {
            return map(query, q -> q instanceof PrefixQuery p ? new PrefixQuery(p.getPrefix(), SCORED_WHEN_FEW) : q);
        } catch (IOException e) { // the mapping reads nothing
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code query} with every prefix on {@code field} replaced by its words, or null when one stands for more than
     * {@link #MAX_WORDS}. Only the highlighter reads the result: scores and other fields do not matter to it.
     */
    static Query spelledOut(IndexReader reader, Query query, String field) throws IOException {
        return map(query, q -> q instanceof MultiTermQuery prefix && prefix.getField().equals(field) ? words(reader, prefix) : q);
    }

    /** The words of the index that {@code prefix} stands for, each a term of a disjunction; null when more than {@link #MAX_WORDS}. */
    private static Query words(IndexReader reader, MultiTermQuery prefix) throws IOException {
        Set<BytesRef> words = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(prefix.getField());
            if (terms == null) continue;
            TermsEnum e = prefix.getTermsEnum(terms);
            for (BytesRef w = e.next(); w != null; w = e.next()) {
                if (words.add(BytesRef.deepCopyOf(w)) && words.size() > MAX_WORDS) return null;
            }
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        for (BytesRef w : words) out.add(new TermQuery(new Term(prefix.getField(), w)), BooleanClause.Occur.SHOULD);
        return out.build();
    }

    private interface LeafMapping {
        Query map(Query leaf) throws IOException;
    }

    /** {@code query} with each leaf (a query that is neither boolean nor boosted) mapped; null when a mapping gave null. */
    private static Query map(Query query, LeafMapping mapping) throws IOException {
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                Query inner = map(c.query(), mapping);
                if (inner == null) return null;
                out.add(inner, c.occur());
            }
            return out.build();
        }
        if (query instanceof BoostQuery boost) {
            Query inner = map(boost.getQuery(), mapping);
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        return mapping.map(query);
    }
}
