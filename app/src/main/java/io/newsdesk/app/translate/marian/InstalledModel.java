package io.newsdesk.app.translate.marian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model directory under {@code <data>/models/} as {@code models list} shows it, from its {@code model.json}
 * (written by {@code models install}; absent when the directory was placed by hand).
 *
 * @param pair        the directory's name, e.g. {@code ru-en}
 * @param name        the name it was installed under (the source directory's or archive's name)
 * @param source      the directory or URL it was installed from, null when unknown
 * @param installedAt when it was installed, null when unknown
 * @param fingerprint twelve hex digits over the files' checksums, null when they cannot be read
 * @param sizeBytes   the required files' total size
 * @param missing     required files that are not there (an incomplete model is listed, not hidden)
 */
public record InstalledModel(String pair, String name, String source, Instant installedAt, String fingerprint, long sizeBytes,
        java.util.List<String> missing) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Reads what is recorded about the model in {@code dir} (checksums are computed when none were recorded). */
    public static InstalledModel read(Path dir) {
        JsonNode info = info(dir);
        java.util.List<String> missing = ModelFiles.missing(dir);
        String fingerprint = null;
        if (missing.isEmpty()) {
            try {
                fingerprint = ModelChecksums.fingerprint(ModelChecksums.recordedOrComputed(dir));
            } catch (IOException e) {
                fingerprint = null;
            }
        }
        long size = 0;
        for (String f : ModelFiles.REQUIRED) {
            try {
                size += Files.isRegularFile(dir.resolve(f)) ? Files.size(dir.resolve(f)) : 0;
            } catch (IOException e) {
                // counted as 0: the listing still shows the model
            }
        }
        Instant at = null;
        if (info != null && info.hasNonNull("installedAt")) {
            try {
                at = Instant.parse(info.get("installedAt").asText());
            } catch (RuntimeException e) {
                at = null;
            }
        }
        return new InstalledModel(dir.getFileName().toString(), displayName(dir),
                info != null && info.hasNonNull("source") ? info.get("source").asText() : null, at, fingerprint, size, missing);
    }

    /** The name recorded at install, else the directory's name. */
    static String displayName(Path dir) {
        JsonNode info = info(dir);
        return info != null && info.hasNonNull("name") ? info.get("name").asText() : dir.getFileName().toString();
    }

    static void write(Path dir, String name, String pair, String source, Instant installedAt, String fingerprint) throws IOException {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", name);
        info.put("pair", pair);
        info.put("engine", MarianEngine.NAME);
        info.put("source", source);
        info.put("installedAt", installedAt.toString());
        info.put("fingerprint", fingerprint);
        JSON.writeValue(dir.resolve(ModelFiles.MODEL_INFO).toFile(), info);
    }

    private static JsonNode info(Path dir) {
        Path file = dir.resolve(ModelFiles.MODEL_INFO);
        if (!Files.isRegularFile(file)) return null;
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            return null;
        }
    }
}
