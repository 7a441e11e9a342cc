package io.newsdesk.app.ingest.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns article text into the word sequence that duplicate detection compares, so that markup, whitespace,
 * punctuation, case and Unicode presentation forms (full-width digits, ligatures) make no difference.
 * A word is a run of letters, digits and combining marks in any script; numbers are kept because figures,
 * dates and counts are among the strongest signs that two texts report the same event.
 */
public final class TextNormalizer {
    /**
     * The most frequent function words of the languages the importer sees most (en, de, pl, uk, ru). They carry
     * no story signal and make up a third or more of running text, so keeping them makes unrelated articles look
     * alike. Kept short on purpose: content words, names and numbers must survive. "said"/"says" are here because
     * every news report uses them.
     */
    private static final Set<String> STOPWORDS = Stream.of(
                    // en
                    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
                    "from", "as", "into", "about", "than", "then", "so", "is", "are", "was", "were", "be", "been",
                    "being", "has", "have", "had", "do", "does", "did", "will", "would", "should", "can", "could",
                    "may", "might", "it", "its", "this", "that", "these", "those", "there", "which", "who", "what",
                    "when", "where", "he", "she", "they", "we", "you", "i", "him", "her", "them", "his", "their",
                    "our", "not", "no", "also", "said", "says", "s", "t",
                    // de
                    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "zu", "mit",
                    "von", "auf", "für", "im", "sich", "auch", "es", "sie", "er", "wird", "wurde",
                    // pl
                    "w", "z", "na", "się", "nie", "że", "do", "jest", "od", "po", "za", "jak",
                    // uk
                    "і", "й", "в", "у", "на", "що", "з", "не", "та", "це", "як", "до", "від",
                    // ru (shares в, на, не, до, как... with uk; only the rest is listed)
                    "и", "что", "с", "по", "это", "к", "от", "из", "как")
            .collect(Collectors.toUnmodifiableSet());

    private TextNormalizer() {
    }

    /** Every word, in order: the basis of the exact fingerprint. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if ((cp == ',' || cp == '.') && endsWithDigit(word) && next < s.length()
                    && Character.isDigit(s.codePointAt(next))) {
                // 1,200 and 1.200 and 1200 are one number whatever the outlet's locale
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            i = next;
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The words that carry content: {@link #words} without stopwords. What near-duplicate detection compares. */
    public static List<String> contentWords(String text) {
        return withoutStopwords(words(text));
    }

    /** The content words of a text already split by {@link #words}. */
    static List<String> withoutStopwords(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.removeIf(STOPWORDS::contains);
        return out;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean endsWithDigit(StringBuilder word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(word.length() - 1));
    }
}
