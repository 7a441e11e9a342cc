package io.newsdesk.app.translate.marian;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a segment into sentences for Russian, Ukrainian and English news text. OPUS-MT models are trained on
 * sentence pairs and degrade (drop or repeat text) on whole paragraphs, so each sentence is translated alone.
 *
 * <p>A sentence ends at {@code . ! ? …} (with any closing quotes or brackets after it) followed by white space and
 * then something that can start a sentence: an upper-case letter, a digit, an opening quote or a dash. A period
 * does not end a sentence after a known abbreviation ({@code т.е.}, {@code г.}, {@code Mr.}) or a single
 * letter (initials such as {@code А. С. Пушкин} or {@code J. Smith}).
 */
public final class SentenceSplitter {
    /** One sentence and the white space that followed it in the segment, kept to rejoin the translations. */
    public record Sentence(String text, String after) {}

    private static final String CLOSERS = "\"'»”’)]";
    private static final String OPENERS = "\"'«„“‘([";

    /** Lower-case, without the final period; matched against the word before a period. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            // Russian and Ukrainian
            "т.е", "т.д", "т.п", "т.к", "т.н", "т.ч", "т.зв", "і т.д", "г", "гг", "ул", "им", "проф", "акад", "др", "см",
            "тыс", "млн", "млрд", "трлн", "руб", "коп", "грн", "стр", "с", "пп", "п", "пр", "просп", "обл", "р", "н.э",
            "до н.э", "ст", "чел", "кв", "вул", "ім", "див", "напр", "тис", "пл", "рис", "табл", "гл", "изд", "вид", "о",
            "св", "ген", "полк", "м", "км", "кг", "мин", "сек", "ч",
            // English
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n",
            "no", "nos", "fig", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "approx", "est", "dept", "a.m", "p.m");

    private SentenceSplitter() {}

    /** The sentences of {@code text}; white space before the first one is not part of any (see {@link #leadingSpace}). */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                // a blank line always ends a sentence (headlines without a final period)
                i = cut(text, start, i, out);
                start = i;
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && (".!?…".indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) end++;
            int next = skipSpace(text, end);
            if (next == end || next >= n) { // no space after it (3.5, U.S.A) or end of text
                i = end;
                continue;
            }
            if (!canStartSentence(text.charAt(next)) || (c == '.' && end == i + 1 && isAbbreviation(text, start, i))) {
                i = end;
                continue;
            }
            i = cut(text, start, end, out);
            start = i;
        }
        if (start < n) {
            out.add(new Sentence(text.substring(start, trimEnd(text, start, n)), text.substring(trimEnd(text, start, n))));
        }
        return out;
    }

    /** Adds text[start, end) as a sentence with the white space after it; returns where the next one starts. */
    private static int cut(String text, int start, int end, List<Sentence> out) {
        int next = skipSpace(text, end);
        int trimmed = trimEnd(text, start, end);
        if (trimmed > start) {
            out.add(new Sentence(text.substring(start, trimmed), text.substring(trimmed, next)));
        } else if (!out.isEmpty()) {
            Sentence last = out.removeLast();
            out.add(new Sentence(last.text(), last.after() + text.substring(start, next)));
        }
        return next;
    }

    private static boolean canStartSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0 || c == '—' || c == '–' || c == '-';
    }

    /** Whether the word that ends at the period at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && OPENERS.indexOf(text.charAt(w - 1)) < 0) w--;
        String word = text.substring(w, dot);
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true; // an initial
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) return true;
        return lower.matches("(\\p{L}\\.)+\\p{L}"); // dotted abbreviations such as "U.S" or "н.э"
    }

    public static String leadingSpace(String text) {
        return text.substring(0, skipSpace(text, 0));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
