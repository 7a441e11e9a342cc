package io.newsdesk.app.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

final class Etags {
    private Etags() {}

    static String of(byte[] body) {
        return "\"" + HexFormat.of().formatHex(sha256(body), 0, 12) + "\"";
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
