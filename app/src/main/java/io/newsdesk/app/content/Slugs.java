package io.newsdesk.app.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Readable URL slugs: Latin letters, digits and hyphens; Cyrillic transliterated, accents dropped. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    // Ukrainian and Russian letters to Latin, close to the national passport systems.
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ye"),
            Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('ў', "u"), Map.entry('\'', ""), Map.entry('’', ""));

    private Slugs() {}

    /** "Київ відкриває порт" becomes "kyiv-vidkryvaie-port"-like Latin; never empty. */
    public static String of(String text) {
        StringBuilder latin = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            String mapped = CYRILLIC.get(c);
            latin.append(mapped != null ? mapped : String.valueOf(c));
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
