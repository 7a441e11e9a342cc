package io.newsdesk.app.ingest.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        String joined = String.join(" ", words);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
