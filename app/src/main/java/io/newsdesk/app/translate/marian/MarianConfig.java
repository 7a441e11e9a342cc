package io.newsdesk.app.translate.marian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.translate.TranslationException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What the decoding loop needs from a model's {@code config.json} (the Hugging Face MarianConfig). Marian starts
 * decoding with the pad token, so {@code decoder_start_token_id} defaults to {@code pad_token_id}.
 */
public record MarianConfig(int decoderStartTokenId, int padTokenId, int eosTokenId, int maxLength, int vocabSize) {
    /** Transformers' own default when a config names no max_length. */
    static final int DEFAULT_MAX_LENGTH = 512;

    static MarianConfig read(Path file) throws TranslationException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new TranslationException(ModelFiles.CONFIG + " of the Marian model is not valid JSON: " + e.getMessage(), false, e);
        }
        if (root == null || !root.isObject()) {
            throw new TranslationException(ModelFiles.CONFIG + " of the Marian model is not a JSON object", false);
        }
        int pad = required(root, "pad_token_id");
        int eos = required(root, "eos_token_id");
        int start = root.hasNonNull("decoder_start_token_id") ? root.get("decoder_start_token_id").asInt() : pad;
        int maxLength = root.hasNonNull("max_length") ? root.get("max_length").asInt() : DEFAULT_MAX_LENGTH;
        int vocabSize = root.hasNonNull("vocab_size") ? root.get("vocab_size").asInt() : -1;
        if (maxLength < 2) {
            throw new TranslationException(ModelFiles.CONFIG + " of the Marian model has max_length " + maxLength, false);
        }
        return new MarianConfig(start, pad, eos, maxLength, vocabSize);
    }

    private static int required(JsonNode root, String field) throws TranslationException {
        JsonNode n = root.get(field);
        if (n == null || !n.canConvertToInt()) {
            throw new TranslationException(ModelFiles.CONFIG + " of the Marian model has no " + field, false);
        }
        return n.asInt();
    }
}
