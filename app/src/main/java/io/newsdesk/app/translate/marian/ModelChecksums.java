package io.newsdesk.app.translate.marian;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of each file of a model, recorded in {@code checksums.json} at install, and the model's fingerprint
 * derived from them: a stored translation names the exact model that made it.
 */
public final class ModelChecksums {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelChecksums() {}

    /** File name to lower-case hex SHA-256, for the required files, in their usual order. */
    public static Map<String, String> compute(Path dir) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String name : ModelFiles.REQUIRED) sums.put(name, sha256(dir.resolve(name)));
        return sums;
    }

    /** What {@code checksums.json} records, or null when the model was placed by hand and has none. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> read(Path dir) throws IOException {
        Path file = dir.resolve(ModelFiles.CHECKSUMS);
        if (!Files.isRegularFile(file)) return null;
        return JSON.readValue(file.toFile(), LinkedHashMap.class);
    }

    public static void write(Path dir, Map<String, String> sums) throws IOException {
        JSON.writeValue(dir.resolve(ModelFiles.CHECKSUMS).toFile(), sums);
    }

    /** The recorded checksums, else computed now (reads every file once). */
    static Map<String, String> recordedOrComputed(Path dir) throws IOException {
        Map<String, String> sums = read(dir);
        return sums != null ? sums : compute(dir);
    }

    /** Twelve hex digits of a SHA-256 over the files' checksums: short enough to show, unique enough to tell apart. */
    public static String fingerprint(Map<String, String> sums) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(sums).forEach((name, sum) -> all.append(name).append(' ').append(sum).append('\n'));
        return HexFormat.of().formatHex(digest().digest(all.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 12);
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
