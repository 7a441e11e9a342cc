package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets mark the query's words in one pass over the text (no per-text index): words, prefixes, phrases; from the
 * index's offsets when the text is the one indexed, the same as from analysing it; from the text itself when it changed.
 */
class SnippetsTest {
    @TempDir
    Path dir;

    static final String TEXT = "The ferry left the harbour at dawn. Gulls followed it out past the old pier. "
            + "By noon the harbour master said the pier would close for repairs.";

    static String snippet(String query) throws Exception {
        try (Analyzer analyzer = IndexAnalysis.create()) {
            return new Snippets(analyzer).of(UserQuery.parse(query, analyzer), TEXT);
        }
    }

    @Test
    void marksWordsStemsAndPrefixes() throws Exception {
        assertThat(snippet("harbours")).contains("<mark>harbour</mark>");
        assertThat(snippet("gul*")).contains("<mark>Gulls</mark>");
    }

    @Test
    void aQuotedPhraseHasItsWordsMarkedWhereverTheyAre() throws Exception {
        String s = snippet("\"harbour master\"");
        assertThat(s).contains("<mark>harbour</mark> <mark>master</mark>");
        assertThat(s).as("not only side by side: the cost of marking in one pass").contains("left the <mark>harbour</mark> at dawn");
    }

    @Test
    void escapesTheTextAroundTheMarks() throws Exception {
        try (Analyzer analyzer = IndexAnalysis.create()) {
            String s = new Snippets(analyzer).of(UserQuery.parse("pier", analyzer), "Fish & chips <b>by</b> the pier.");
            assertThat(s).isEqualTo("Fish &amp; chips &lt;b&gt;by&lt;/b&gt; the <mark>pier</mark>.");
        }
    }

    @Test
    void snippetsFromTheIndexsOffsetsAreTheSnippetsOfTheTextAndAChangedTextIsAnalysed() throws Exception {
        String other = "The library opens at nine. Its harbour room shows maps of the old pier.";
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            index.put(new IndexedArticle("a1", "a-1", "Harbour", null, TEXT, "news", null, "en", 1, 10, List.of(), null, null, null));
            index.put(new IndexedArticle("a2", "a-2", "Library", null, other, "news", null, "en", 2, 20, List.of(), null, null, null));
            index.commit(30);
            Snippets snippets = new Snippets(index.analyzer());
            for (String q : List.of("harbours", "pier", "gul*", "\"harbour master\"", "maps pier", "nowhere")) {
                Query query = UserQuery.parse(q, index.analyzer());
                Map<String, String> fromIndex = index.search(s -> {
                    List<Snippets.Found> found = new ArrayList<>();
                    for (int doc = 0; doc < 2; doc++) {
                        found.add(new Snippets.Found(doc, SearchIndex.id(s.getIndexReader(), doc), SearchIndex.changed(s.getIndexReader(), doc)));
                    }
                    return snippets.of(s, query, found, Map.of("a1", new ArticleTexts.Text(TEXT, 10), "a2", new ArticleTexts.Text(other, 20)));
                });
                assertThat(fromIndex.get("a1")).as(q).isEqualTo(snippets.of(query, TEXT));
                assertThat(fromIndex.get("a2")).as(q).isEqualTo(snippets.of(query, other));
            }
            // the article was edited and the index has not caught up: its offsets would point into the old text
            String edited = "Storm warning: the pier is closed and the ferry stays in port.";
            Query pier = UserQuery.parse("pier", index.analyzer());
            Map<String, String> stale = index.search(s -> {
                int doc = SearchIndex.id(s.getIndexReader(), 0).equals("a1") ? 0 : 1;
                return snippets.of(s, pier, List.of(new Snippets.Found(doc, "a1", 10)), Map.of("a1", new ArticleTexts.Text(edited, 11)));
            });
            assertThat(stale.get("a1")).isEqualTo("Storm warning: the <mark>pier</mark> is closed and the ferry stays in port.");
        }
    }

    @Test
    void aPrefixIsSpelledOutAsTheIndexsWordsSoItsOffsetsCanBeRead() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            index.put(new IndexedArticle("a1", "a-1", "Harbour", null, TEXT, "news", null, "en", 1, 10, List.of(), null, null, null));
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 3 * PrefixWords.MAX_WORDS; i++) many.append("zed").append((char) ('a' + i / 26)).append((char) ('a' + i % 26)).append(' ');
            index.put(new IndexedArticle("a2", "a-2", "Words", null, many.toString(), "news", null, "en", 2, 20, List.of(), null, null, null));
            index.commit(30);
            index.search(s -> {
                Query spelled = PrefixWords.spelledOut(s.getIndexReader(), UserQuery.parse("ferry har*", index.analyzer()), SearchIndex.WORDS);
                List<String> terms = new ArrayList<>();
                spelled.visit(new org.apache.lucene.search.QueryVisitor() {
                    @Override
                    public void consumeTerms(Query q, org.apache.lucene.index.Term... ts) {
                        for (var t : ts) if (t.field().equals(SearchIndex.WORDS)) terms.add(t.text());
                    }

                    @Override
                    public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> a) {
                        if (field.equals(SearchIndex.WORDS)) terms.add("a prefix left on the words");
                    }
                });
                assertThat(terms).containsExactlyInAnyOrder("ferri", "harbour");
                assertThat(PrefixWords.spelledOut(s.getIndexReader(), UserQuery.parse("zed*", index.analyzer()), SearchIndex.WORDS))
                        .as("more words than MAX_WORDS: left to analysis").isNull();
                return null;
            });
        }
    }

    @Test
    void passagesAreScoredAsLucenesPassageScorerScoresThem() {
        // matches of a few terms, some repeated in the passage, each with its count in the document
        Random r = new Random(3);
        String[] words = {"harbour", "ferry", "pier", "gull"};
        for (int k = 0; k < 200; k++) {
            Passage p = new Passage();
            p.setStartOffset(r.nextInt(5000));
            int at = p.getStartOffset();
            p.setEndOffset(at + 1000); // matches must fall inside the passage
            for (int m = 0; m < r.nextInt(8); m++) {
                String w = words[r.nextInt(words.length)];
                p.addMatch(at, at + w.length(), new BytesRef(w), 1 + r.nextInt(20));
                at += w.length() + 1 + r.nextInt(30);
            }
            p.setEndOffset(at + r.nextInt(100));
            int contentLength = at + 500;
            // the same sum, perhaps added in another order: equal to float rounding
            assertThat(new Snippets.PassageScores().score(p, contentLength))
                    .isCloseTo(new PassageScorer().score(p, contentLength), org.assertj.core.data.Percentage.withPercentage(0.001));
        }
    }
}
