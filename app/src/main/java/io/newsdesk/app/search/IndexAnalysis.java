package io.newsdesk.app.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How each field's text is cut into terms. The site's text is English (stemmed, stop words dropped); the original of
 * a translated article is analysed in its own language: Russian with Lucene's Russian stemmer, so an inflected form
 * finds the word ("Москвы" finds "Москва"). Ukrainian has no stemmer in lucene-analysis-common and the morphological
 * one (lucene-analysis-morfologik) is not served to this build, so Ukrainian words match as written, lower-cased.
 * The spelling field keeps words unstemmed, so "did you mean" proposes real words rather than stems.
 */
final class IndexAnalysis {
    private IndexAnalysis() {}

    static Analyzer create() {
        Analyzer words = plainWords();
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(english, Map.of(
                SearchIndex.WORDS, withGaps(english),
                SearchIndex.ORIGINAL_RU, new RussianAnalyzer(),
                SearchIndex.ORIGINAL_UK, words,
                SearchIndex.ORIGINAL_OTHER, words,
                SearchIndex.SPELLING, words));
    }

    /** The field an original in {@code language} is indexed in. */
    static String originalField(String language) {
        return switch (language) {
            case "ru" -> SearchIndex.ORIGINAL_RU;
            case "uk" -> SearchIndex.ORIGINAL_UK;
            default -> SearchIndex.ORIGINAL_OTHER;
        };
    }

    /** The same analysis, with a gap of positions between a field's values: a phrase never runs from one into the next. */
    private static Analyzer withGaps(Analyzer analyzer) {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100; // more than any phrase a reader types
            }
        };
    }

    /** Words split as Unicode says and lower-cased, nothing else. */
    private static Analyzer plainWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokens = new StandardTokenizer();
                return new TokenStreamComponents(tokens, new LowerCaseFilter(tokens));
            }
        };
    }
}
