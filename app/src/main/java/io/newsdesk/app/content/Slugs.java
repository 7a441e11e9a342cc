package io.newsdesk.app.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Readable URL slugs: Latin letters, digits and hyphens; Cyrillic transliterated, accents dropped. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    private static final java.util.regex.Pattern UKRAINIAN_LETTER = java.util.regex.Pattern.compile("[іїєґ]");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    // Letters shared by Russian and Ukrainian, then each language's own readings
    // (Russian: the BGN/PCGN style; Ukrainian: the 2010 national system, word-internal forms).
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('д', "d"), Map.entry('е', "e"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ь', ""),
            Map.entry('\'', ""), Map.entry('’', ""), Map.entry('ʼ', ""));
    private static final Map<Character, String> RUSSIAN = Map.of(
            'г', "g", 'и', "i", 'й', "y", 'ы', "y", 'э', "e", 'ё', "yo", 'ю', "yu", 'я', "ya");
    private static final Map<Character, String> UKRAINIAN = Map.of(
            'г', "h", 'ґ', "g", 'и', "y", 'й', "i", 'і', "i", 'ї', "i", 'є', "ie", 'ю', "iu", 'я', "ia");

    private Slugs() {}

    /** "Київ відкриває порт" becomes "kyiv-vidkryvaie-port"; never empty, at most 80 characters. */
    public static String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<Character, String> language = UKRAINIAN_LETTER.matcher(lower).find() ? UKRAINIAN : RUSSIAN;
        StringBuilder latin = new StringBuilder();
        for (char c : lower.toCharArray()) {
            String mapped = language.getOrDefault(c, CYRILLIC.get(c));
            latin.append(mapped != null ? mapped : String.valueOf(c));
        }
        String ascii = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (char c : ascii.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && slug.length() > 0) slug.append('-');
                slug.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        String result = slug.length() > MAX_LENGTH ? cutAtHyphen(slug.substring(0, MAX_LENGTH)) : slug.toString();
        return result.isEmpty() ? "article" : result;
    }

    private static String cutAtHyphen(String s) {
        int last = s.lastIndexOf('-');
        return last > MAX_LENGTH / 2 ? s.substring(0, last) : s;
    }
}
