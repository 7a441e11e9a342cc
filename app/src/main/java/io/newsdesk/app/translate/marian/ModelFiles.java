package io.newsdesk.app.translate.marian;

import io.newsdesk.app.translate.TranslationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a Marian model directory, named as Hugging Face Optimum exports an OPUS-MT model
 * ({@code optimum-cli export onnx --task text2text-generation}): the encoder and the decoder without past key
 * values, the two SentencePiece models, the shared vocabulary and the model configuration.
 */
public final class ModelFiles {
    public static final String ENCODER = "encoder_model.onnx";
    public static final String DECODER = "decoder_model.onnx";
    public static final String SOURCE_SPM = "source.spm";
    public static final String TARGET_SPM = "target.spm";
    public static final String VOCAB = "vocab.json";
    public static final String CONFIG = "config.json";

    /** Everything a model needs, in the order they are checked. */
    public static final List<String> REQUIRED = List.of(ENCODER, DECODER, SOURCE_SPM, TARGET_SPM, VOCAB, CONFIG);

    /** Written by {@code models install}: SHA-256 of each required file, and where the model came from. */
    public static final String CHECKSUMS = "checksums.json";
    public static final String MODEL_INFO = "model.json";

    private ModelFiles() {}

    /** The required files that are missing or empty in {@code dir}. */
    public static List<String> missing(Path dir) {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            Path p = dir.resolve(name);
            try {
                if (!Files.isRegularFile(p) || Files.size(p) == 0) missing.add(name);
            } catch (java.io.IOException e) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** Fails, not retryably, naming every missing file: trying again will not bring them. */
    static void requireComplete(Path dir) throws TranslationException {
        if (!Files.isDirectory(dir)) {
            throw new TranslationException("no Marian model directory at " + dir + " (install one with: newsdesk models install <dir-or-URL> --pair ...)", false);
        }
        List<String> missing = missing(dir);
        if (!missing.isEmpty()) {
            throw new TranslationException("Marian model at " + dir + " is incomplete: missing " + String.join(", ", missing), false);
        }
    }
}
