package io.newsdesk.app.search;

import io.newsdesk.app.util.Html;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passages of an article's clean text that match a query, with the matched words marked. The text is plain text
 * from the database (never HTML), every piece of it is escaped, and the only markup is our own {@code <mark>}.
 * The highlighter analyses the given text itself, so the index needs to store no text. It marks the query's words
 * where they occur in one pass over the text's tokens: no per-text in-memory index, which the exact
 * ("weight matches", strict phrase) modes build for every result and which made snippets most of a search's time on
 * a big index. A quoted phrase therefore has its words marked wherever they are, not only side by side.
 */
final class Snippets {
    static final int PASSAGES = 2;
    /** A passage is a sentence, or about this many characters of a long one. */
    static final int PASSAGE_CHARS = 160;
    static final String GAP = " … ";

    private final UnifiedHighlighter highlighter;

    Snippets(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withFormatter(new MarkedPassages())
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withPassageRelevancyOverSpeed(false)
                .build();
    }

    /** The snippet of {@code text} for {@code query}: its best passages, or its first ones when no word matches. */
    String of(Query query, String text) throws IOException {
        Object html = highlighter.highlightWithoutSearcher(SearchIndex.TEXT, query, text, PASSAGES);
        return html == null ? null : html.toString();
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
