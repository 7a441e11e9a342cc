package io.newsdesk.app.accounts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes. New ones are Argon2id in the PHC string form {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}
 * (OWASP's minimum: 19 MiB, two passes). PBKDF2-SHA256 hashes of older installations
 * ({@code pbkdf2-sha256$iterations$salt$hash}) are still checked, and {@link #outdated} says to replace them.
 */
public final class PasswordHash {
    private static final int MEMORY_KIB = 19_456;
    private static final int PASSES = 2;
    private static final int LANES = 1;
    private static final int HASH_BYTES = 32;
    private static final String ARGON2ID = "$argon2id$v=19$";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private PasswordHash() {}

    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return ARGON2ID + "m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(argon2id(password, salt, MEMORY_KIB, PASSES, LANES, HASH_BYTES));
    }

    /** Whether {@code password} is the one {@code stored} was made from; false for anything malformed. */
    public static boolean matches(char[] password, String stored) {
        try {
            if (stored.startsWith(ARGON2ID)) return matchesArgon2id(password, stored);
            if (stored.startsWith("pbkdf2-sha256$")) return matchesPbkdf2(password, stored);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /** A hash to replace at the next login: another scheme, or weaker settings than today's. */
    public static boolean outdated(String stored) {
        return !stored.startsWith(ARGON2ID + "m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$");
    }

    private static boolean matchesArgon2id(char[] password, String stored) {
        String[] parts = stored.split("\\$"); // "", argon2id, v=19, m=..,t=..,p=.., salt, hash
        if (parts.length != 6) return false;
        int m = 0, t = 0, p = 0;
        for (String kv : parts[3].split(",")) {
            String[] pair = kv.split("=", 2);
            if (pair.length != 2) return false;
            int v = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "m" -> m = v;
                case "t" -> t = v;
                case "p" -> p = v;
                default -> { return false; }
            }
        }
        if (m < 8 || m > 1 << 20 || t < 1 || t > 20 || p < 1 || p > 16) return false; // a stored hash cannot make us spin
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        byte[] expected = Base64.getDecoder().decode(parts[5]);
        return MessageDigest.isEqual(expected, argon2id(password, salt, m, t, p, expected.length));
    }

    private static byte[] argon2id(char[] password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKib).withIterations(passes).withParallelism(lanes).build());
        byte[] out = new byte[length];
        byte[] utf8 = utf8(password);
        try {
            generator.generateBytes(utf8, out);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
        return out;
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return bytes;
    }

    /** The hash of older installations; kept to check them and, in tests, to make one. */
    public static String pbkdf2(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(pbkdf2Bytes(password, salt, iterations));
    }

    private static boolean matchesPbkdf2(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4) return false;
        int iterations = Integer.parseInt(parts[1]);
        if (iterations < 1 || iterations > 10_000_000) return false;
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2Bytes(password, salt, iterations));
    }

    private static byte[] pbkdf2Bytes(char[] password, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
