package io.newsdesk.app.translate.remote;

import java.util.Locale;
import java.util.Set;

/**
 * The languages DeepL documents for text translation (developers.deepl.com, "Languages supported"), without
 * the languages it marks as beta. A fixed list rather than a call to {@code /v2/languages}: it changes
 * rarely, and a pair DeepL does not take is reported by its 400 answer anyway.
 */
final class DeepLLanguages {
    private DeepLLanguages() {}

    static final Set<String> SOURCES = Set.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "he", "hu",
            "id", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "th", "tr", "uk", "vi", "zh");

    /** Targets without a regional variant; en and pt need one (see {@link #target}). */
    static final Set<String> TARGETS = SOURCES;

    /** English variants DeepL asks for instead of the deprecated plain {@code EN} target. */
    static final Set<String> ENGLISH_VARIANTS = Set.of("EN-US", "EN-GB");

    static String source(String language) {
        return SOURCES.contains(language) ? language.toUpperCase(Locale.ROOT) : null;
    }

    /**
     * DeepL's target code for a language: {@code en} becomes the configured English variant, {@code pt}
     * European Portuguese ({@code PT-PT}), {@code zh} Simplified Chinese ({@code ZH-HANS}); null when DeepL
     * does not translate into it.
     */
    static String target(String language, String englishVariant) {
        if (!TARGETS.contains(language)) return null;
        return switch (language) {
            case "en" -> englishVariant;
            case "pt" -> "PT-PT";
            case "zh" -> "ZH-HANS";
            default -> language.toUpperCase(Locale.ROOT);
        };
    }

    /** Accepts {@code EN-US}, {@code en-gb}, {@code US}, {@code gb}. */
    static String englishVariant(String text) {
        String v = text.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        if (!v.startsWith("EN-")) v = "EN-" + v;
        if (!ENGLISH_VARIANTS.contains(v)) {
            throw new IllegalArgumentException("NEWSDESK_DEEPL_TARGET_VARIANT must be EN-US or EN-GB, got '" + text + "'");
        }
        return v;
    }
}
