package io.newsdesk.app.translate;

import java.util.List;

/**
 * A machine that translates: the translation memory, the local neural engine, LibreTranslate, DeepL. The
 * translator asks the engines configured for a pair in order and uses the first that supports it.
 */
public interface TranslationEngine {
    /** Short stable name stored with each translation, e.g. {@code deepl}, {@code libretranslate}, {@code marian}. */
    String name();

    /** The model (or service variant) that produced a translation, stored with it; null when not meaningful. */
    default String model(LanguagePair pair) {
        return null;
    }

    boolean supports(LanguagePair pair);

    /**
     * Whether segments may carry inline HTML ({@code a}, {@code em}, {@code strong}, {@code b}, {@code i},
     * {@code br}) that the engine keeps in place; when false the translator sends plain text runs only.
     */
    boolean handlesHtml();

    /**
     * Translates every segment, in order; the result has the same size. Segments are plain text, or inline
     * HTML when {@link #handlesHtml()}.
     *
     * @throws TranslationException with a clear reason (bad key, quota, unsupported pair, service down...)
     */
    List<String> translate(List<String> segments, LanguagePair pair) throws TranslationException;
}
