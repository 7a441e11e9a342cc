package io.newsdesk.app.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import java.util.Locale;
import java.util.Optional;

/** ISO 639-1 codes as Newsdesk stores them (primary subtags) and as Lingua names them. */
final class LanguageCodes {
    static final String UNDETERMINED = "und";

    private LanguageCodes() {}

    /** {@code en-GB}, {@code EN_gb}, {@code " en "} → {@code en}; null or blank → null. */
    static String primary(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }

    /** Lingua's language for a code, if Lingua has a model for it. */
    static Optional<Language> lingua(String code) {
        String c = primary(code);
        if (c == null || c.length() != 2) return Optional.empty();
        try {
            Language language = Language.getByIsoCode639_1(IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)));
            return language == Language.UNKNOWN ? Optional.empty() : Optional.of(language);
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** Whether Lingua writes the language in Cyrillic and the Russian/Ukrainian letter rule would misjudge it. */
    static boolean otherCyrillic(Language language) {
        return language != Language.RUSSIAN && language != Language.UKRAINIAN
                && Language.allWithCyrillicScript().contains(language);
    }
}
