package io.newsdesk.app.search;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word of a query that no article contains is replaced by the closest word that some do (at most
 * two edits, Lucene's DirectSpellChecker over the unstemmed spelling field). Words the index knows are left alone,
 * so the check costs one term lookup per word when nothing is misspelled.
 */
final class Spelling {
    /** Letters and digits; operators, quotes and brackets around them stay as they were. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_CHARS = 3;
    private static final int MAX_WORDS = 10;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    /** {@code cleaned} with its unknown words corrected, or null when none was or none could be. */
    String suggest(String cleaned, IndexReader reader) throws IOException {
        Matcher m = WORD.matcher(cleaned);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int words = 0;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String replacement = m.group();
            // a prefix ("regi*") is not a word to correct
            boolean prefix = m.end() < cleaned.length() && cleaned.charAt(m.end()) == '*';
            if (!prefix && word.length() >= MIN_CHARS && words++ < MAX_WORDS
                    && reader.docFreq(new Term(SearchIndex.SPELLING, word)) == 0) {
                SuggestWord[] found = checker.suggestSimilar(new Term(SearchIndex.SPELLING, word), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (found.length > 0) {
                    replacement = found[0].string;
                    changed = true;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return changed ? out.toString() : null;
    }
}
