package io.newsdesk.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The terms that tell what an article is about, chosen the way Lucene's MoreLikeThis chooses them: each distinct term
 * of the title and of the text's first words, scored by its count in the article times its inverse document frequency
 * in the index (ClassicSimilarity's idf, as MoreLikeThis uses); terms shorter than 3 letters, in fewer than 2 articles
 * or (on an index of some size) in more than a share of them left out; the best few searched as a disjunction.
 *
 * <p>Why not the MoreLikeThis class itself: it asks the index reader for each term's document frequency, and the
 * reader opens a new terms enumerator for every term in every segment. At 200,000 articles that was about 5 MB of
 * garbage per lookup, and the collections it caused made the lookup's slowest percent (docs/benchmarks.md). Here one
 * enumerator per segment and field serves all of an article's terms.
 */
final class TellingTerms {
    /** Fewer telling terms than this (a short or unusual text on a small index): too little to go by. */
    static final int MIN_TERMS = 2;
    /** The most telling terms searched: each more is another posting list to walk. */
    static final int MAX_TERMS = 15;
    /** Words read of each field: a news article's topic is in its first paragraphs. */
    static final int MAX_TOKENS = 400;
    static final int MIN_WORD_LENGTH = 3;
    /** A word no other article has relates it to nothing. */
    static final int MIN_DOC_FREQ = 2;
    /** A term in more than this share of articles says nothing about a topic (applied once the index is big enough). */
    static final int MAX_DOC_PERCENT = 20;
    static final int PERCENT_FROM_DOCS = 500;

    record Scored(String field, String term, float score) {}

    private TellingTerms() {}

    /**
     * A disjunction of the most telling terms of {@code texts} (field → text), or null when fewer than
     * {@link #MIN_TERMS} qualify.
     */
    static BooleanQuery of(IndexReader reader, Analyzer analyzer, Map<String, String> texts) throws IOException {
        List<Scored> scored = scored(reader, analyzer, texts);
        if (scored.size() < MIN_TERMS) return null;
        scored.sort(Comparator.comparing(Scored::score).reversed());
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (Scored s : scored.subList(0, Math.min(MAX_TERMS, scored.size()))) {
            q.add(new TermQuery(new Term(s.field(), s.term())), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    /** Every term of {@code texts} that qualifies, with its score. */
    static List<Scored> scored(IndexReader reader, Analyzer analyzer, Map<String, String> texts) throws IOException {
        int maxDocFreq = reader.numDocs() >= PERCENT_FROM_DOCS
                ? (int) ((long) MAX_DOC_PERCENT * reader.maxDoc() / 100) : Integer.MAX_VALUE;
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, String> field : texts.entrySet()) {
            List<TermsEnum> segments = new ArrayList<>();
            long withField = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field.getKey());
                if (terms == null) continue;
                segments.add(terms.iterator());
                withField += terms.getDocCount();
            }
            if (segments.isEmpty()) continue;
            for (Map.Entry<String, Integer> counted : counts(analyzer, field.getKey(), field.getValue()).entrySet()) {
                BytesRef bytes = new BytesRef(counted.getKey());
                int docFreq = 0;
                for (TermsEnum e : segments) if (e.seekExact(bytes)) docFreq += e.docFreq();
                if (docFreq < MIN_DOC_FREQ || docFreq > maxDocFreq) continue;
                // in float, as ClassicSimilarity computes it
                float idf = (float) (Math.log((withField + 1) / (double) (docFreq + 1)) + 1.0);
                scored.add(new Scored(field.getKey(), counted.getKey(), counted.getValue() * idf));
            }
        }
        return scored;
    }

    /** How often each term of the first {@link #MAX_TOKENS} of {@code text} occurs (short ones left out). */
    private static Map<String, Integer> counts(Analyzer analyzer, String field, String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            for (int read = 0; read < MAX_TOKENS && tokens.incrementToken(); read++) {
                if (term.length() >= MIN_WORD_LENGTH) counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
        return counts;
    }
}
