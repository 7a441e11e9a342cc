package io.newsdesk.app.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex, the app's one content hash: entry and content hashes, fingerprints, translation
 * memory keys, ETags and asset names, model checksums, the view counter's salted client hash.
 */
public final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {}

    /** The hash of a text's UTF-8 bytes: 64 hex digits. */
    public static String hex(String text) {
        return HEX.formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The hash of a file's bytes, read in blocks (model files are hundreds of megabytes). */
    public static String hex(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HEX.formatHex(md.digest());
    }

    /**
     * The first {@code bytes} bytes of the hash of the parts, one after another, in hex ({@code 2 * bytes}
     * digits): for ETags, asset names and counters, where telling versions apart does not need all 32.
     */
    public static String shortHex(int bytes, byte[]... parts) {
        MessageDigest md = digest();
        for (byte[] part : parts) md.update(part);
        return HEX.formatHex(md.digest(), 0, bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
