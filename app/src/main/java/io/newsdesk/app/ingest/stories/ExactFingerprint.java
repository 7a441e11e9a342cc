package io.newsdesk.app.ingest.stories;

import io.newsdesk.app.util.Sha256;

/**
 * The identity of an article's text: SHA-256 (hex) of its normalized word sequence, all words kept. The same text
 * published under another URL, with other markup, whitespace or punctuation, has the same fingerprint, so it is
 * stored once; a single changed word gives another fingerprint (that case is for {@link MinHashSignature}).
 */
public final class ExactFingerprint {
    private ExactFingerprint() {
    }

    public static String of(String text) {
        return ofWords(TextNormalizer.words(text));
    }

    /** The fingerprint of a text already split by {@link TextNormalizer#words}. */
    static String ofWords(java.util.List<String> words) {
        return Sha256.hex(String.join(" ", words));
    }
}
