package io.newsdesk.app.content;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cyrillic written in Latin letters, one table for the whole site: slugs ({@link Slugs}) and names shown to readers
 * (bylines, photo credits) read the same. Russian follows the BGN/PCGN style, Ukrainian the 2010 national system
 * (word-internal forms); letters both share are read alike. Case is kept ("Марина" → "Marina", "ЖКХ" → "ZHKKH").
 */
public final class Romanization {
    private static final Pattern UKRAINIAN_LETTER = Pattern.compile("[іїєґІЇЄҐ]");
    private static final Pattern CYRILLIC_LETTER = Pattern.compile("[\\u0400-\\u04FF]");
    private static final Map<Character, String> SHARED = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('д', "d"), Map.entry('е', "e"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ь', ""));
    private static final Map<Character, String> RUSSIAN = Map.of(
            'г', "g", 'и', "i", 'й', "y", 'ы', "y", 'э', "e", 'ё', "yo", 'ю', "yu", 'я', "ya");
    private static final Map<Character, String> UKRAINIAN = Map.of(
            'г', "h", 'ґ', "g", 'и', "y", 'й', "i", 'і', "i", 'ї', "i", 'є', "ie", 'ю', "iu", 'я', "ia");
    /** Apostrophes inside Ukrainian words (м'ясо) are dropped, as in the national system. */
    private static final String APOSTROPHES = "'’ʼ";

    private Romanization() {}

    /** Whether the text holds any Cyrillic letter. */
    public static boolean hasCyrillic(String text) {
        return text != null && CYRILLIC_LETTER.matcher(text).find();
    }

    /**
     * The text in Latin letters; anything not Cyrillic passes through. {@code language} ("ru", "uk") chooses the
     * readings; when it is neither, Ukrainian-only letters decide.
     */
    public static String latin(String text, String language) {
        if (!hasCyrillic(text)) return text;
        Map<Character, String> own = "uk".equals(language) || !"ru".equals(language) && UKRAINIAN_LETTER.matcher(text).find()
                ? UKRAINIAN : RUSSIAN;
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String mapped = own.getOrDefault(lower, SHARED.get(lower));
            boolean inWord = i > 0 && hasCyrillic(String.valueOf(text.charAt(i - 1)))
                    && i + 1 < text.length() && hasCyrillic(String.valueOf(text.charAt(i + 1)));
            if (mapped == null && APOSTROPHES.indexOf(c) >= 0 && inWord) mapped = "";
            if (mapped == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !mapped.isEmpty()) {
                out.append(wholeWordUpper(text, i) ? mapped.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1));
            } else {
                out.append(mapped);
            }
        }
        return out.toString();
    }

    /** An upper-case letter in a word written all in capitals (an abbreviation) stays all capitals. */
    private static boolean wholeWordUpper(String text, int i) {
        int start = i, end = i + 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        if (end - start < 2) return false;
        for (int k = start; k < end; k++) if (!Character.isUpperCase(text.charAt(k))) return false;
        return true;
    }
}
