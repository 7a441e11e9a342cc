package io.newsdesk.app.search;

import io.newsdesk.app.util.Html;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The passages of an article's clean text that match a query, with the matched words marked. The text is plain text
 * from the database (never HTML), every piece of it is escaped, and the only markup is our own {@code <mark>}.
 * The index stores no text: where the database's text is the one the index holds (same change time), the matches'
 * places come from the offsets the index keeps with its postings, so the text is not analysed again (analysing the
 * whole text of each result was half of a search's time at 200,000 articles); a text changed since it was indexed is
 * analysed. Either way the query's words are marked where they occur in one pass: no per-text in-memory index, which
 * the exact ("weight matches", strict phrase) modes build for every result. A quoted phrase therefore has its words
 * marked wherever they are, not only side by side.
 */
final class Snippets {
    static final int PASSAGES = 2;
    /** A passage is a sentence, or about this many characters of a long one. */
    static final int PASSAGE_CHARS = 160;
    static final String GAP = " … ";

    /** A result whose snippet is wanted: its document in the searcher it was found with and the time it was indexed at. */
    record Found(int doc, String id, long indexedAt) {}

    private final Analyzer analyzer;
    private final UnifiedHighlighter analysing;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.analysing = configured(UnifiedHighlighter.builderWithoutSearcher(analyzer)).build();
    }

    private static UnifiedHighlighter.Builder configured(UnifiedHighlighter.Builder b) {
        return b.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBoundaries(), PASSAGE_CHARS, 0.5f))
                .withFormatter(new MarkedPassages())
                .withScorer(new PassageScores())
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withPassageRelevancyOverSpeed(false)
                // the reader's words are matched in WORDS (title and text); the same words are marked in the text
                .withFieldMatcher(SearchIndex.WORDS::equals);
    }

    /** The snippet of {@code text} for {@code query}, the text analysed: its best passages, or its first ones when no word matches. */
    String of(Query query, String text) throws IOException {
        Object html = analysing.highlightWithoutSearcher(SearchIndex.TEXT, query, text, PASSAGES);
        return html == null ? null : html.toString();
    }

    /**
     * The snippets of results found with {@code searcher}, by id, from the texts the database gave ({@code texts}, with
     * their change times); a result without a text gets none.
     */
    Map<String, String> of(IndexSearcher searcher, Query query, List<Found> found, Map<String, ArticleTexts.Text> texts) throws IOException {
        Map<String, String> snippets = new HashMap<>();
        Map<Integer, String> indexedTexts = new HashMap<>();
        List<Found> asIndexed = new ArrayList<>();
        for (Found f : found) {
            ArticleTexts.Text t = texts.get(f.id());
            if (t == null) continue;
            if (t.changedAt() == f.indexedAt()) {
                indexedTexts.put(f.doc(), t.text());
                asIndexed.add(f);
            } else {
                put(snippets, f.id(), of(query, t.text()));
            }
        }
        if (asIndexed.isEmpty()) return snippets;
        Query spelledOut = PrefixWords.spelledOut(searcher.getIndexReader(), query, SearchIndex.WORDS);
        if (spelledOut == null) { // a prefix of too many words: analysed, as the highlighter would do anyway
            for (Found f : asIndexed) put(snippets, f.id(), of(query, indexedTexts.get(f.doc())));
            return snippets;
        }
        UnifiedHighlighter fromOffsets = new UnifiedHighlighter(configured(UnifiedHighlighter.builder(searcher, analyzer))) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    values.add(new CharSequence[] {indexedTexts.get(doc)});
                }
                return values;
            }
        };
        int[] docs = asIndexed.stream().mapToInt(Found::doc).toArray();
        String[] marked = fromOffsets.highlightFields(new String[] {SearchIndex.TEXT}, spelledOut, docs, new int[] {PASSAGES})
                .get(SearchIndex.TEXT);
        for (int i = 0; i < docs.length; i++) put(snippets, asIndexed.get(i).id(), marked[i]);
        return snippets;
    }

    private static void put(Map<String, String> snippets, String id, String snippet) {
        if (snippet != null && !snippet.isEmpty()) snippets.put(id, snippet);
    }

    /**
     * Lucene's passage score (BM25 over the passage, early passages favoured), the same number, without the hash table
     * of 32 KB that PassageScorer allocates for every passage it scores (a third of a snippet's time): a passage has a
     * few matches, so its distinct terms are found by comparing them.
     */
    static final class PassageScores extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            float score = 0;
            for (int i = 0; i < matches; i++) {
                if (seenBefore(terms, i)) continue;
                int inPassage = 1;
                for (int j = i + 1; j < matches; j++) if (terms[j].equals(terms[i])) inPassage++;
                score += tf(inPassage, passage.getLength()) * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
            }
            return score * norm(passage.getStartOffset());
        }

        private static boolean seenBefore(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) if (terms[j].equals(terms[i])) return true;
            return false;
        }
    }

    /** Escapes each passage's text and marks its matches. */
    private static final class MarkedPassages extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder out = new StringBuilder();
            for (Passage p : passages) {
                if (!out.isEmpty()) out.append(GAP);
                int at = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(at, p.getMatchStarts()[i]);
                    int end = Math.min(p.getEndOffset(), p.getMatchEnds()[i]);
                    if (end <= start) continue; // overlapping matches: the first one marked it
                    out.append(text(content, at, start)).append("<mark>").append(text(content, start, end)).append("</mark>");
                    at = end;
                }
                out.append(text(content, at, p.getEndOffset()));
            }
            return out.toString().strip();
        }

        private static String text(String content, int start, int end) {
            return Html.escape(content.substring(start, end).replace('\n', ' '));
        }
    }
}
