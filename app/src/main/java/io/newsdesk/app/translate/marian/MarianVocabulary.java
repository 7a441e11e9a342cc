package io.newsdesk.app.translate.marian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.translate.TranslationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Marian's {@code vocab.json}: SentencePiece piece to model id, shared by source and target. The ids are not the
 * SentencePiece models' own ids, which is why pieces (not ids) cross between SentencePiece and the model.
 */
final class MarianVocabulary {
    static final String UNKNOWN = "<unk>";

    private final Map<String, Integer> ids;
    private final String[] pieces;
    private final int unknownId;

    private MarianVocabulary(Map<String, Integer> ids, String[] pieces, int unknownId) {
        this.ids = ids;
        this.pieces = pieces;
        this.unknownId = unknownId;
    }

    static MarianVocabulary read(Path file) throws TranslationException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new TranslationException(ModelFiles.VOCAB + " of the Marian model is not valid JSON: " + e.getMessage(), false, e);
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new TranslationException(ModelFiles.VOCAB + " of the Marian model is not a JSON object of piece to id", false);
        }
        Map<String, Integer> ids = new HashMap<>(root.size() * 2);
        int max = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                throw new TranslationException(ModelFiles.VOCAB + " of the Marian model maps '" + e.getKey() + "' to " + e.getValue() + ", not an id", false);
            }
            ids.put(e.getKey(), e.getValue().asInt());
            max = Math.max(max, e.getValue().asInt());
        }
        String[] pieces = new String[max + 1];
        ids.forEach((piece, id) -> pieces[id] = piece);
        Integer unk = ids.get(UNKNOWN);
        if (unk == null) {
            throw new TranslationException(ModelFiles.VOCAB + " of the Marian model has no " + UNKNOWN + " entry", false);
        }
        return new MarianVocabulary(ids, pieces, unk);
    }

    int id(String piece) {
        return ids.getOrDefault(piece, unknownId);
    }

    /** The piece of an id, or null for ids the vocabulary does not have. */
    String piece(int id) {
        return id >= 0 && id < pieces.length ? pieces[id] : null;
    }

    int size() {
        return pieces.length;
    }

    int unknownId() {
        return unknownId;
    }
}
