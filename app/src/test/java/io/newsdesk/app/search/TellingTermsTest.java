package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terms "Related" searches for are the ones Lucene's MoreLikeThis would choose with the same settings. */
class TellingTermsTest {
    @TempDir
    Path dir;

    @Test
    void choosesTheTermsMoreLikeThisChooses() throws Exception {
        // a vocabulary with a long tail, so that terms differ in count and document frequency, over more articles than
        // PERCENT_FROM_DOCS, so that the cap on common terms applies too; several segments
        Random r = new Random(5);
        String[] vocabulary = new String[600];
        for (int i = 0; i < vocabulary.length; i++) vocabulary[i] = word(r, i);
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            for (int n = 0; n < 900; n++) {
                index.put(new IndexedArticle("a" + n, "a-" + n, text(r, vocabulary, 6), null, text(r, vocabulary, 60 + r.nextInt(500)),
                        "news", null, "en", n, n, List.of(), null, null, null));
                if (n % 300 == 299) index.commit(n);
            }
            index.commit(1000);
            int ties = 0;
            for (int k = 0; k < 40; k++) {
                String title = text(r, vocabulary, 7);
                String body = text(r, vocabulary, 50 + r.nextInt(700));
                Map<String, String> texts = Map.of(SearchIndex.TITLE, title, SearchIndex.TEXT, body);
                Set<String> ours = index.search(s -> clauses(TellingTerms.of(s.getIndexReader(), index.analyzer(), texts)));
                Map<String, Float> scores = new HashMap<>();
                for (TellingTerms.Scored t : index.search(s -> TellingTerms.scored(s.getIndexReader(), index.analyzer(), texts))) {
                    scores.put(t.field() + ":" + t.term(), t.score());
                }
                Set<String> lucene = index.search(s -> {
                    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
                    mlt.setAnalyzer(index.analyzer());
                    mlt.setFieldNames(new String[] {SearchIndex.TITLE, SearchIndex.TEXT});
                    mlt.setMinTermFreq(1);
                    mlt.setMinDocFreq(TellingTerms.MIN_DOC_FREQ);
                    mlt.setMinWordLen(TellingTerms.MIN_WORD_LENGTH);
                    mlt.setMaxQueryTerms(TellingTerms.MAX_TERMS);
                    mlt.setMaxNumTokensParsed(TellingTerms.MAX_TOKENS);
                    mlt.setMaxDocFreqPct(TellingTerms.MAX_DOC_PERCENT);
                    return clauses(mlt.like(Map.of(SearchIndex.TITLE, List.of(title), SearchIndex.TEXT, List.of(body))));
                });
                assertThat(ours).as("terms of article " + k).hasSizeGreaterThan(10).hasSameSizeAs(lucene);
                // the same terms, but for a tie at the last place, which the two break each their own way
                float last = ours.stream().map(scores::get).min(Float::compare).orElseThrow();
                Set<String> onlyOurs = new HashSet<>(ours), onlyLucene = new HashSet<>(lucene);
                onlyOurs.removeAll(lucene);
                onlyLucene.removeAll(ours);
                if (!onlyOurs.isEmpty()) ties++;
                for (String t : onlyOurs) assertThat(scores.get(t)).as(t).isEqualTo(last);
                for (String t : onlyLucene) assertThat(scores.get(t)).as(t).isEqualTo(last);
            }
            assertThat(ties).as("most choices agree term for term").isLessThan(10);
        }
    }

    @Test
    void tooFewKnownTermsGiveNothing() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            index.put(new IndexedArticle("a1", "a-1", "Harbour ferry", null, "The harbour ferry sails at dawn.", "news", null, "en",
                    1, 1, List.of(), null, null, null));
            index.put(new IndexedArticle("a2", "a-2", "Library", null, "The library opens at nine.", "news", null, "en",
                    2, 2, List.of(), null, null, null));
            index.commit(3);
            // "harbour" and "ferry" are each in one article only: no term is in two
            Query none = index.search(s -> TellingTerms.of(s.getIndexReader(), index.analyzer(),
                    Map.of(SearchIndex.TITLE, "Harbour ferry", SearchIndex.TEXT, "The harbour ferry sails.")));
            assertThat((Object) none).isNull();
        }
    }

    private static Set<String> clauses(Query q) {
        Set<String> terms = new HashSet<>();
        if (q == null) return terms;
        for (BooleanClause c : ((BooleanQuery) q).clauses()) terms.add(c.query().toString());
        return terms;
    }

    /** Zipf-like choice: early words of the vocabulary are much more common. */
    private static String text(Random r, String[] vocabulary, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int at = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, r.nextDouble())) - 1);
            s.append(vocabulary[Math.max(0, at)]).append(' ');
        }
        return s.toString();
    }

    /** A made-up word that no stemmer or stop list changes much: consonant-vowel syllables. */
    private static String word(Random r, int i) {
        String c = "bdfgklmnprstvz", v = "aeiou";
        StringBuilder w = new StringBuilder();
        for (int s = 0; s < 3 + i % 3; s++) w.append(c.charAt(r.nextInt(c.length()))).append(v.charAt(r.nextInt(v.length())));
        return w.toString();
    }
}
