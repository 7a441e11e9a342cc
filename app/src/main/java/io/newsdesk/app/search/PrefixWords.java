package io.newsdesk.app.search;

import java.io.IOException;
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
 * {@link #MAX_WORDS} it stays one constant-score set and its snippets are made by analysis.
 */
final class PrefixWords {
    static final int MAX_WORDS = 64;

    /** Scored words when the prefix stands for at most {@link #MAX_WORDS} (counted per index segment), else one set. */
    static final MultiTermQuery.RewriteMethod SCORED_WHEN_FEW = new MultiTermQuery.RewriteMethod() {
        @Override
        public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
            int words = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(query.getField());
                if (terms == null) continue;
                TermsEnum e = query.getTermsEnum(terms);
                while (e.next() != null) {
                    if (++words > MAX_WORDS) return MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE.rewrite(searcher, query);
                }
            }
            return MultiTermQuery.SCORING_BOOLEAN_REWRITE.rewrite(searcher, query);
        }
    };

    private PrefixWords() {}

    /** {@code query} (as the parser made it) with its prefixes searched by {@link #SCORED_WHEN_FEW}. */
    static Query scored(Query query) {
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) out.add(scored(c.query()), c.occur());
            return out.build();
        }
        if (query instanceof BoostQuery boost) return new BoostQuery(scored(boost.getQuery()), boost.getBoost());
        if (query instanceof PrefixQuery p) return new PrefixQuery(p.getPrefix(), SCORED_WHEN_FEW);
        return query;
    }

    /**
     * {@code query} with every prefix on {@code field} replaced by its words, or null when one stands for more than
     * {@link #MAX_WORDS}. Only the highlighter reads the result: scores and other fields do not matter to it.
     */
    static Query spelledOut(IndexReader reader, Query query, String field) throws IOException {
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                Query inner = spelledOut(reader, c.query(), field);
                if (inner == null) return null;
                out.add(inner, c.occur());
            }
            return out.build();
        }
        if (query instanceof BoostQuery boost) {
            Query inner = spelledOut(reader, boost.getQuery(), field);
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof MultiTermQuery prefix && prefix.getField().equals(field)) {
            Set<BytesRef> words = new TreeSet<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) continue;
                TermsEnum e = prefix.getTermsEnum(terms);
                for (BytesRef w = e.next(); w != null; w = e.next()) {
                    if (words.add(BytesRef.deepCopyOf(w)) && words.size() > MAX_WORDS) return null;
                }
            }
            BooleanQuery.Builder out = new BooleanQuery.Builder();
            for (BytesRef w : words) out.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD);
            return out.build();
        }
        return query;
    }
}
