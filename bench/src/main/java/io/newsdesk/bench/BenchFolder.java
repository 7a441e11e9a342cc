package io.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A benchmark folder: {@code <id>.html} pages and {@code ground-truth.json} keyed by id. */
final class BenchFolder {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchFolder() {}

    /** The ground truth, in the file's order. */
    static Map<String, JsonNode> groundTruth(Path folder) {
        Path file = folder.resolve("ground-truth.json");
        if (!Files.isRegularFile(file)) throw new BenchException("no ground-truth.json in " + folder);
        JsonNode root = readJson(file);
        if (!root.isObject()) throw new BenchException(file + " is not a JSON object keyed by page id");
        Map<String, JsonNode> out = new LinkedHashMap<>();
        root.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BenchException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Predictions files may be {@code {id: ...}} or {@code {"version": ..., "output": {id: ...}}}. */
    static JsonNode predictions(Path file) {
        JsonNode root = readJson(file);
        return root.has("output") && root.get("output").isObject() ? root.get("output") : root;
    }

    static List<Systems.Page> pages(Path folder, Map<String, JsonNode> truth) {
        List<Systems.Page> pages = new ArrayList<>(truth.size());
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            Path html = folder.resolve(e.getKey() + ".html");
            try {
                pages.add(Systems.Page.of(e.getKey(), text(e.getValue(), "url"), Files.readAllBytes(html)));
            } catch (NoSuchFileException ex) {
                throw new BenchException("page " + html.getFileName() + " of the ground truth is missing in " + folder);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return pages;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static void write(Path file, Object value) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            JSON.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new BenchException("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** A failure to report on one line, without a stack trace. */
    static final class BenchException extends RuntimeException {
        BenchException(String message) {
            super(message);
        }
    }
}
