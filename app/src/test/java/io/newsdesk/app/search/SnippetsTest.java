package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Snippets mark the query's words in one pass over the text (no per-text index): words, prefixes, phrases. */
class SnippetsTest {
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
}
