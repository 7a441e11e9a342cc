package io.newsdesk.app.translate.marian;

/**
 * Limits of the local engine.
 *
 * @param maxInputTokens  tokens of one source sentence, {@code </s>} included; longer sentences are cut with a
 *                        warning (OPUS-MT models have 512 positions, and quality drops long before that)
 * @param batchSize       sentences decoded together, padded to the longest of the batch
 * @param intraOpThreads  threads ONNX Runtime may use inside one run; 1 lets concurrent translations share the
 *                        cores instead of fighting over them
 */
public record MarianSettings(int maxInputTokens, int batchSize, int intraOpThreads) {
    public static final MarianSettings DEFAULTS = new MarianSettings(256, 16, 1);

    public MarianSettings {
        if (maxInputTokens < 2) throw new IllegalArgumentException("maxInputTokens must be at least 2 (one token and </s>)");
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1");
        if (intraOpThreads < 1) throw new IllegalArgumentException("intraOpThreads must be at least 1");
    }

    public MarianSettings withMaxInputTokens(int n) {
        return new MarianSettings(n, batchSize, intraOpThreads);
    }

    public MarianSettings withBatchSize(int n) {
        return new MarianSettings(maxInputTokens, n, intraOpThreads);
    }

    public MarianSettings withIntraOpThreads(int n) {
        return new MarianSettings(maxInputTokens, batchSize, n);
    }
}
