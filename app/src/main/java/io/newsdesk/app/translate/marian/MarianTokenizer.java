package io.newsdesk.app.translate.marian;

import ai.djl.sentencepiece.SpTokenizer;
import io.newsdesk.app.translate.TranslationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Text to model ids and back, as Hugging Face's MarianTokenizer does it: the source SentencePiece model cuts
 * the text into pieces, {@code vocab.json} turns pieces into ids, and {@code </s>} ends the input; on the way
 * back ids become pieces and the target SentencePiece model joins them into text. The SentencePiece processors
 * are native and their encode/decode are const, so one tokenizer serves all threads.
 */
final class MarianTokenizer implements AutoCloseable {
    /** An encoded sentence ending with {@code </s>}; {@code pieces} is the count before truncation. */
    record Encoded(long[] ids, int pieces, boolean truncated) {}

    private final SpTokenizer source;
    private final SpTokenizer target;
    private final MarianVocabulary vocab;
    private final MarianConfig config;

    private MarianTokenizer(SpTokenizer source, SpTokenizer target, MarianVocabulary vocab, MarianConfig config) {
        this.source = source;
        this.target = target;
        this.vocab = vocab;
        this.config = config;
    }

    static MarianTokenizer load(Path dir, MarianVocabulary vocab, MarianConfig config) throws TranslationException {
        SpTokenizer source = sentencePiece(dir.resolve(ModelFiles.SOURCE_SPM));
        try {
            return new MarianTokenizer(source, sentencePiece(dir.resolve(ModelFiles.TARGET_SPM)), vocab, config);
        } catch (TranslationException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private static SpTokenizer sentencePiece(Path file) throws TranslationException {
        try {
            // from bytes: the native loader takes a path in the platform's narrow encoding, bytes avoid that
            return new SpTokenizer(Files.readAllBytes(file));
        } catch (Exception e) { // IOException, or the native library's own runtime exception for a bad model
            throw new TranslationException(file.getFileName() + " of the Marian model is not a SentencePiece model: " + e.getMessage(), false, e);
        } catch (UnsatisfiedLinkError e) {
            throw new TranslationException("the SentencePiece native library cannot be loaded on this platform: " + e.getMessage(), false, e);
        }
    }

    /** The ids of {@code sentence} with {@code </s>}, cut to {@code maxTokens} in all when longer. */
    Encoded encode(String sentence, int maxTokens) {
        List<String> pieces = source.tokenize(sentence);
        int kept = Math.min(pieces.size(), maxTokens - 1);
        long[] ids = new long[kept + 1];
        for (int i = 0; i < kept; i++) ids[i] = vocab.id(pieces.get(i));
        ids[kept] = config.eosTokenId();
        return new Encoded(ids, pieces.size(), kept < pieces.size());
    }

    /** The text of generated ids, without the special tokens (start, pad, end, unknown). */
    String decode(long[] ids, int length) {
        List<String> pieces = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            int id = (int) ids[i];
            if (id == config.eosTokenId() || id == config.padTokenId() || id == config.decoderStartTokenId() || id == vocab.unknownId()) {
                continue;
            }
            String piece = vocab.piece(id);
            if (piece != null) pieces.add(piece);
        }
        return pieces.isEmpty() ? "" : target.buildSentence(pieces).strip();
    }

    @Override
    public void close() {
        source.close();
        target.close();
    }
}
