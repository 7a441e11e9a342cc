package io.newsdesk.app.translate.marian;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsdesk.app.util.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        for (String name : ModelFiles.REQUIRED) sums.put(name, Sha256.hex(dir.resolve(name)));
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
        return Sha256.hex(all.toString()).substring(0, 12);
    }
}
