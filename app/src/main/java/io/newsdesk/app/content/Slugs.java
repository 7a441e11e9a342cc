package io.newsdesk.app.content;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL slugs: Latin letters, digits and hyphens; Cyrillic transliterated ({@link Romanization}), accents dropped. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    /** Apostrophes join a word ("don't", "м'ясо"): dropped, never a hyphen. */
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’ʼ]");

    private Slugs() {}

    /** "Київ відкриває порт" becomes "kyiv-vidkryvaie-port"; never empty, at most 80 characters. */
    public static String of(String text) {
        String latin = Romanization.latin(APOSTROPHES.matcher(text).replaceAll(""), null).toLowerCase(Locale.ROOT);
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
