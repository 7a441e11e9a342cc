package io.newsdesk.app.translate.marian;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.newsdesk.app.translate.TranslationException;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One loaded Marian model: the encoder and decoder sessions, the tokenizer, and greedy decoding of batches of
 * sentences. {@link #translate} is thread-safe (ONNX Runtime sessions may run concurrently); {@link #close}
 * waits for running translations, so native memory is never freed under them.
 *
 * <p>The decoder is Optimum's {@code decoder_model.onnx} without past key values: each step feeds the whole
 * prefix again. That costs more per token than the cached variant but keeps one simple, export-independent loop.
 */
public final class MarianModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MarianModel.class);

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String ENCODER_HIDDEN_STATES = "encoder_hidden_states";
    static final String ENCODER_ATTENTION_MASK = "encoder_attention_mask";
    static final String LOGITS = "logits";

    private final Path dir;
    private final MarianSettings settings;
    private final MarianConfig config;
    private final MarianTokenizer tokenizer;
    private final OrtEnvironment env;
    private final OrtSession encoder;
    private final OrtSession decoder;
    private final String encoderOutput;
    private final boolean encoderTakesMask;
    private final boolean decoderTakesMask;
    private final String fingerprint;
    /** The vocabulary dimension of the logits, known before a run so that they can be written into our own buffer. */
    private final int logitsWidth;
    /** Buffers of the translations not running now; at most one per concurrent translation. */
    private final ConcurrentLinkedQueue<DecoderScratch> scratches = new ConcurrentLinkedQueue<>();
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private MarianModel(Path dir, MarianSettings settings, MarianConfig config, MarianTokenizer tokenizer, OrtEnvironment env,
            OrtSession encoder, OrtSession decoder, String fingerprint, int vocabularySize) throws TranslationException {
        this.dir = dir;
        this.settings = settings;
        this.config = config;
        this.tokenizer = tokenizer;
        this.env = env;
        this.encoder = encoder;
        this.decoder = decoder;
        this.fingerprint = fingerprint;
        this.encoderOutput = encoder.getOutputNames().contains("last_hidden_state")
                ? "last_hidden_state" : encoder.getOutputNames().iterator().next();
        this.encoderTakesMask = encoder.getInputNames().contains(ATTENTION_MASK);
        this.decoderTakesMask = decoder.getInputNames().contains(ENCODER_ATTENTION_MASK);
        expectInputs(ModelFiles.ENCODER, encoder, Set.of(INPUT_IDS), Set.of(ATTENTION_MASK));
        expectInputs(ModelFiles.DECODER, decoder, Set.of(INPUT_IDS, ENCODER_HIDDEN_STATES), Set.of(ENCODER_ATTENTION_MASK));
        if (!decoder.getOutputNames().contains(LOGITS)) {
            throw new TranslationException(ModelFiles.DECODER + " has no '" + LOGITS + "' output (outputs: " + decoder.getOutputNames() + ")", false);
        }
        this.logitsWidth = logitsWidth(decoder, config, vocabularySize);
    }

    /** The logits' last dimension as the decoder declares it, else config.json's vocab_size, else vocab.json's size. */
    private static int logitsWidth(OrtSession decoder, MarianConfig config, int vocabularySize) throws TranslationException {
        try {
            if (decoder.getOutputInfo().get(LOGITS).getInfo() instanceof TensorInfo info && info.getShape().length == 3 && info.getShape()[2] > 0) {
                return Math.toIntExact(info.getShape()[2]);
            }
        } catch (OrtException e) {
            throw new TranslationException(ModelFiles.DECODER + " cannot describe its outputs: " + e.getMessage(), false, e);
        }
        return config.vocabSize() > 0 ? config.vocabSize() : vocabularySize;
    }

    /** Loads and checks every file of the model in {@code dir}; fails naming the file that is missing or bad. */
    public static MarianModel load(Path dir, MarianSettings settings) throws TranslationException {
        ModelFiles.requireComplete(dir);
        MarianConfig config = MarianConfig.read(dir.resolve(ModelFiles.CONFIG));
        MarianVocabulary vocab = MarianVocabulary.read(dir.resolve(ModelFiles.VOCAB));
        for (int special : new int[] {config.eosTokenId(), config.padTokenId(), config.decoderStartTokenId()}) {
            if (vocab.piece(special) == null) {
                throw new TranslationException(ModelFiles.CONFIG + " names token id " + special + ", which " + ModelFiles.VOCAB + " does not have", false);
            }
        }
        String fingerprint;
        try {
            fingerprint = ModelChecksums.fingerprint(ModelChecksums.recordedOrComputed(dir));
        } catch (IOException e) {
            throw new TranslationException("cannot read the Marian model at " + dir + ": " + e.getMessage(), false, e);
        }
        MarianTokenizer tokenizer = MarianTokenizer.load(dir, vocab, config);
        OrtEnvironment env;
        try {
            env = OrtEnvironment.getEnvironment();
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError e) {
            tokenizer.close();
            throw new TranslationException("ONNX Runtime's native library cannot be loaded on this platform: " + e.getMessage(), false, e);
        }
        OrtSession encoder = null;
        OrtSession decoder = null;
        try {
            encoder = session(env, dir, ModelFiles.ENCODER, settings);
            decoder = session(env, dir, ModelFiles.DECODER, settings);
            return new MarianModel(dir, settings, config, tokenizer, env, encoder, decoder, fingerprint, vocab.size());
        } catch (TranslationException | RuntimeException e) {
            closeQuietly(decoder);
            closeQuietly(encoder);
            tokenizer.close();
            throw e;
        }
    }

    private static OrtSession session(OrtEnvironment env, Path dir, String file, MarianSettings settings) throws TranslationException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(settings.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return env.createSession(dir.resolve(file).toString(), options);
        } catch (OrtException e) {
            throw new TranslationException(file + " of the Marian model at " + dir + " cannot be loaded: " + e.getMessage(), false, e);
        }
    }

    private static void expectInputs(String file, OrtSession session, Set<String> required, Set<String> optional) throws TranslationException {
        Set<String> names = session.getInputNames();
        Set<String> missing = new HashSet<>(required);
        missing.removeAll(names);
        Set<String> unknown = new HashSet<>(names);
        unknown.removeAll(required);
        unknown.removeAll(optional);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new TranslationException(file + " has inputs " + names + "; expected " + required + " (and optionally " + optional
                    + "), as in Optimum's export without past key values (not decoder_with_past_model.onnx or decoder_model_merged.onnx)", false);
        }
    }

    /** Twelve hex digits identifying the model's files. */
    public String fingerprint() {
        return fingerprint;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Translates sentences (each alone, no paragraph), in batches of sentences of similar length, in order.
     * Sentences longer than the token limit are cut, with a warning in the log.
     */
    public List<String> translate(List<String> sentences) throws TranslationException {
        lifecycle.readLock().lock();
        try {
            if (closed) throw new TranslationException("the Marian model at " + dir + " has been closed (shutting down)", true);
            List<MarianTokenizer.Encoded> encoded = new ArrayList<>(sentences.size());
            for (String s : sentences) {
                MarianTokenizer.Encoded e = tokenizer.encode(s, settings.maxInputTokens());
                if (e.truncated()) {
                    log.warn("sentence of {} tokens cut to the limit of {} for the Marian model at {}: {}", e.pieces() + 1,
                            settings.maxInputTokens(), dir, abbreviate(s));
                }
                encoded.add(e);
            }
            // similar lengths together: less padding, fewer wasted decoder steps
            Integer[] order = new Integer[sentences.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingInt(i -> encoded.get(i).ids().length));
            String[] out = new String[sentences.size()];
            DecoderScratch scratch = scratches.poll();
            if (scratch == null) scratch = new DecoderScratch();
            for (int from = 0; from < order.length; from += settings.batchSize()) {
                int to = Math.min(order.length, from + settings.batchSize());
                List<long[]> batch = new ArrayList<>(to - from);
                for (int k = from; k < to; k++) batch.add(encoded.get(order[k]).ids());
                List<long[]> generated = decodeBatch(batch, scratch);
                for (int k = from; k < to; k++) {
                    long[] ids = generated.get(k - from);
                    out[order[k]] = tokenizer.decode(ids, ids.length);
                }
            }
            scratches.add(scratch); // not on failure: a failed run's buffers are simply dropped
            return Arrays.asList(out);
        } catch (OrtException e) {
            throw new TranslationException("the Marian model at " + dir + " failed to run: " + e.getMessage(), false, e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Greedy decoding of one batch; returns the generated ids of each sentence, without the start token. */
    List<long[]> decodeBatch(List<long[]> inputs, DecoderScratch scratch) throws OrtException {
        int batch = inputs.size();
        int sourceLength = inputs.stream().mapToInt(a -> a.length).max().orElse(0);
        long[] ids = new long[batch * sourceLength];
        long[] mask = new long[batch * sourceLength];
        int[] limit = new int[batch];
        Arrays.fill(ids, config.padTokenId());
        for (int b = 0; b < batch; b++) {
            long[] in = inputs.get(b);
            System.arraycopy(in, 0, ids, b * sourceLength, in.length);
            Arrays.fill(mask, b * sourceLength, b * sourceLength + in.length, 1L);
            limit[b] = Math.min(config.maxLength(), 2 * in.length + 10);
        }
        long[] shape = {batch, sourceLength};
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, scratch.sourceIds(ids.length).put(ids).flip(), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(env, scratch.sourceMask(mask.length).put(mask).flip(), shape)) {
            Map<String, OnnxTensor> encoderInputs = new HashMap<>();
            encoderInputs.put(INPUT_IDS, idsTensor);
            if (encoderTakesMask) encoderInputs.put(ATTENTION_MASK, maskTensor);
            try (OrtSession.Result encoded = encoder.run(encoderInputs, Set.of(encoderOutput))) {
                OnnxTensor hidden = (OnnxTensor) encoded.get(encoderOutput).orElseThrow();
                return greedy(batch, hidden, maskTensor, limit, scratch);
            }
        }
    }

    private List<long[]> greedy(int batch, OnnxTensor hidden, OnnxTensor mask, int[] limit, DecoderScratch scratch) throws OrtException {
        int steps = Arrays.stream(limit).max().orElse(0);
        long[][] prefix = new long[batch][steps + 1];
        int[] length = new int[batch]; // generated tokens, the start token not counted
        boolean[] done = new boolean[batch];
        int running = batch;
        for (long[] p : prefix) p[0] = config.decoderStartTokenId();
        LongBuffer decoderIds = scratch.decoderIds(batch * (steps + 1));
        for (int t = 1; t <= steps && running > 0; t++) {
            decoderIds.clear();
            for (int b = 0; b < batch; b++) decoderIds.put(prefix[b], 0, t);
            decoderIds.flip();
            int width = logitsWidth;
            int needed = Math.multiplyExact(batch * t, width);
            FloatBuffer scores = scratch.logits(needed);
            try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, decoderIds, new long[] {batch, t});
                    OnnxTensor logits = OnnxTensor.createTensor(env, scores, new long[] {batch, t, width})) {
                Map<String, OnnxTensor> inputs = new HashMap<>();
                inputs.put(INPUT_IDS, idsTensor);
                inputs.put(ENCODER_HIDDEN_STATES, hidden);
                if (decoderTakesMask) inputs.put(ENCODER_ATTENTION_MASK, mask);
                // the logits are written into our buffer (a "pinned" output): no copy of batch × t × vocabulary per step
                try (OrtSession.Result ignored = decoder.run(inputs, Set.of(), Map.of(LOGITS, logits))) {
                    for (int b = 0; b < batch; b++) {
                        long next;
                        if (done[b]) {
                            next = config.padTokenId();
                        } else {
                            next = argmax(scores, ((long) b * t + t - 1) * width, width);
                            length[b]++;
                            if (next == config.eosTokenId() || length[b] >= limit[b]) {
                                done[b] = true;
                                running--;
                            }
                        }
                        prefix[b][t] = next;
                    }
                }
            }
        }
        List<long[]> out = new ArrayList<>(batch);
        for (int b = 0; b < batch; b++) out.add(Arrays.copyOfRange(prefix[b], 1, 1 + length[b]));
        return out;
    }

    /** The first index of the highest score, as torch.argmax picks ties. */
    private static int argmax(FloatBuffer scores, long offset, int size) {
        int base = Math.toIntExact(offset);
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            float s = scores.get(base + i);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static void closeQuietly(OrtSession s) {
        if (s == null) return;
        try {
            s.close();
        } catch (OrtException e) {
            log.debug("closing an ONNX session failed", e);
        }
    }

    /** Frees the native sessions and SentencePiece processors once running translations are done. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) return;
            closed = true;
            closeQuietly(decoder);
            closeQuietly(encoder);
            tokenizer.close();
            scratches.clear();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }
}
