package io.newsdesk.app.translate.guard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cyrillic to Latin with one simple table, and the consonant skeleton of a Latin word. Two spellings of
 * one word (Kharkov, Harkiv, Charkow) share a skeleton, so a transliterated source word is recognised
 * whatever scheme produced it: vowels, y and soft signs are dropped, sounds that schemes spell
 * differently fall into one class (h/g/kh, ch/ts/tz/z, sh/shch/sch, dzh/j, w/v), and doubles collapse.
 */
final class Transliteration {
    private Transliteration() {}

    private static final String[] CYRILLIC = new String[0x4A0 - 0x400];

    static {
        String table = "а a|б b|в v|г g|ґ g|д d|е e|ё e|є ie|ж zh|з z|и i|і i|ї i|й y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|"
                + "ф f|х kh|ц ts|ч ch|ш sh|щ shch|ъ |ы y|ь |э e|ю iu|я ia|ў u|ј j|љ lj|њ nj|ћ c|ђ d|џ dz|ѓ g|ќ k|ѕ dz";
        for (String pair : table.split("\\|")) {
            String[] p = pair.split(" ", -1);
            CYRILLIC[p[0].charAt(0) - 0x400] = p[1];
        }
    }

    /** Lower-case Latin for a word of any script; non-Cyrillic letters pass through. */
    static String toLatin(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = c >= 0x400 && c < 0x4A0 ? CYRILLIC[c - 0x400] : null;
            sb.append(latin != null ? latin : String.valueOf(c));
        }
        return sb.toString();
    }

    /** Letters that transliteration schemes spell in more than one way (г: g in Russian usage, h in Ukrainian). */
    private static final Map<Character, List<String>> ALTERNATIVES = Map.ofEntries(
            Map.entry('г', List.of("g", "h")), Map.entry('и', List.of("i", "y")), Map.entry('х', List.of("kh", "h", "ch")),
            Map.entry('й', List.of("y", "i", "j")), Map.entry('ц', List.of("ts", "c", "z")), Map.entry('ж', List.of("zh", "j")),
            Map.entry('ю', List.of("iu", "yu", "u")), Map.entry('я', List.of("ia", "ya", "a")), Map.entry('є', List.of("ie", "ye", "e")),
            Map.entry('ї', List.of("i", "yi")), Map.entry('ы', List.of("y", "i")), Map.entry('щ', List.of("shch", "sch")),
            Map.entry('е', List.of("e", "ye")), Map.entry('э', List.of("e")));
    /** Enough spellings for a short word; a long one gets the first few. */
    private static final int MAX_VARIANTS = 64;

    /** Lower-case Latin spellings of a Cyrillic word under the common schemes (ВСУ: vsu; ГУР: gur, hur). */
    static Set<String> latinVariants(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add("");
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            List<String> options = ALTERNATIVES.get(c);
            if (options == null) options = List.of(toLatin(String.valueOf(c)));
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : out) {
                for (String o : options) {
                    if (next.size() < MAX_VARIANTS) next.add(prefix + o);
                }
            }
            out = next;
        }
        return out;
    }

    /** The consonant skeleton of a word of any script (Cyrillic is transliterated first). */
    static String skeleton(String word) {
        String s = toLatin(word);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char cls;
            int len = 1;
            if (s.startsWith("shch", i)) { cls = 'S'; len = 4; }
            else if (s.startsWith("dzh", i)) { cls = 'J'; len = 3; } // дж, which English spells j (Джамала: Jamala)
            else if (s.startsWith("tsch", i)) { cls = 'C'; len = 4; }
            else if (s.startsWith("sch", i)) { cls = 'S'; len = 3; }
            else if (s.startsWith("tch", i)) { cls = 'C'; len = 3; }
            else if (s.startsWith("ch", i) || s.startsWith("ts", i) || s.startsWith("tz", i) || s.startsWith("cz", i)) { cls = 'C'; len = 2; }
            else if (s.startsWith("sh", i) || s.startsWith("sz", i)) { cls = 'S'; len = 2; }
            else if (s.startsWith("zh", i)) { cls = 'Z'; len = 2; }
            else if (s.startsWith("kh", i)) { cls = 'G'; len = 2; }
            else if (s.startsWith("ph", i)) { cls = 'f'; len = 2; }
            else if (s.startsWith("ck", i)) { cls = 'k'; len = 2; }
            else {
                char c = s.charAt(i);
                cls = switch (c) {
                    case 'a', 'e', 'i', 'o', 'u', 'y', '\'', '\u2019', '\u02bc', 'é', 'è', 'ë', 'ö', 'ü', 'ä', 'á', 'í', 'ó', 'ú' -> 0;
                    case 'h', 'g' -> 'G';
                    case 'z' -> 'C'; // German and Polish spellings write ts as z (Шольц: Scholz)
                    case 'w' -> 'v';
                    case 'j' -> 'J';
                    case 'q', 'c' -> 'k';
                    case 'x' -> 'X';
                    default -> Character.isLetter(c) ? c : 0;
                };
            }
            i += len;
            if (cls == 'X') { // x = ks
                append(out, 'k');
                append(out, 's');
            } else if (cls != 0) {
                append(out, cls);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char cls) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != cls) out.append(cls);
    }

    /**
     * Whether two skeletons are one word: equal, or (from three consonants on) one starts the other with at
     * most two consonants more on the source side, for Russian and Ukrainian case endings (Зеленского:
     * zlnskG against Zelensky: zlnsk).
     */
    static boolean sameWord(String outputSkeleton, String sourceSkeleton) {
        if (outputSkeleton.length() < 2 || sourceSkeleton.length() < 2) return false;
        if (outputSkeleton.equals(sourceSkeleton)) return true;
        if (outputSkeleton.length() < 3) return false;
        if (sourceSkeleton.startsWith(outputSkeleton)) return sourceSkeleton.length() - outputSkeleton.length() <= 2;
        return outputSkeleton.startsWith(sourceSkeleton) && sourceSkeleton.length() >= 3
                && outputSkeleton.length() - sourceSkeleton.length() <= 1;
    }
}
