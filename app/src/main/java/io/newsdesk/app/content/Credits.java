package io.newsdesk.app.content;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Photo credits are stored as the name alone ("Jan Roe / Fixture Agency"): the label an outlet wrote before it
 * ("Photo:", "Foto:", "Фото:", "Credit:", "©"), in any language, is dropped, and the site adds its own label
 * once, in its language ({@link #line}). So a credit never reads "Photo: Photo: …" or "Photo: Фото: …".
 */
public final class Credits {
    /**
     * Credit labels, followed by ":", "/", "|", "©" or "by" (or "©" alone), any number of times ("Foto: © dpa").
     * A label word without one of those is kept: "Image Bank" or "Foto Kunst" may be the credit's own name.
     * The repetition is possessive ("++"): a greedy group recurses once per repetition and overflowed the stack on
     * "©" × 20,000. Nothing follows it, so giving back repetitions could never make a match, and the result is the same.
     */
    private static final Pattern LABEL = Pattern.compile("^(?:\\s*(?:(?:"
            + "photos?|photograph(?:s|y)?|photo ?credits?|image(?:s)?|image credit|fotocredits?|bildnachweis|picture(?:s)?|pic(?:ture)?|credits?|source|"
            + "copyright|illustration|video|foto(?:s|grafie|grafia|graf[ií]a|grafo)?|fotó|fot\\.?|bild(?:er)?|bildquelle|quelle|"
            + "crédits?|crédito|créditos|zdjęcie|zdj\\.|źródło|kuva|billede|bron|"
            + "фото(?:графия|графії)?|світлина|джерело|источник|ілюстрація|иллюстрация"
            + ")\\s*(?::|/|\\||©|\\bby\\b|\\bvon\\b|\\bde\\b(?=\\s))|©|\\(c\\)(?=\\s))\\s*)++",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A labelled line longer than this is a sentence that happens to start with the word, not a credit. */
    private static final int MAX_CREDIT_WORDS = 14;
    /** The site's own label per language; English for the others. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("en", "Photo"), Map.entry("fr", "Photo"), Map.entry("de", "Foto"), Map.entry("nl", "Foto"),
            Map.entry("es", "Foto"), Map.entry("it", "Foto"), Map.entry("pt", "Foto"), Map.entry("pl", "Fot."),
            Map.entry("cs", "Foto"), Map.entry("sv", "Foto"), Map.entry("da", "Foto"), Map.entry("no", "Foto"),
            Map.entry("ru", "Фото"), Map.entry("uk", "Фото"), Map.entry("be", "Фота"), Map.entry("bg", "Снимка"));

    private Credits() {}

    /** The credit without its labels, on one line; null when nothing is left. */
    public static String strip(String credit) {
        String clean = CleanText.optional(credit);
        if (clean == null) return null;
        String name = LABEL.matcher(clean).replaceFirst("").strip();
        return name.isEmpty() ? null : name;
    }

    /** Whether a line of text is a labelled credit ("Photo: Jan Roe / Fixture Agency"), not a sentence. */
    public static boolean labelled(String line) {
        return LABEL.matcher(line).lookingAt() && line.strip().split("\\s+").length <= MAX_CREDIT_WORDS;
    }

    /** The credit line readers see: the site language's label once, then the credit's name; null without a credit. */
    public static String line(String siteLanguage, String credit) {
        String name = strip(credit);
        if (name == null) return null;
        String lang = siteLanguage == null ? "en" : siteLanguage.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LABELS.getOrDefault(lang, "Photo") + ": " + name;
    }
}
