package io.newsdesk.app.translate.marian;

import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.TranslationEngine;
import io.newsdesk.app.translate.TranslationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local neural engine: Marian (OPUS-MT) models in ONNX form, one directory per pair under
 * {@code <data>/models/<from>-<to>/} (see {@link ModelFiles}; {@code newsdesk models install} puts them there).
 *
 * <p>Each segment is split into sentences, all sentences of a call are translated in batches, and the
 * translations are joined with the white space that separated the source sentences. A pair's model is loaded on
 * first use and then shared by every thread until {@link #close}. Plain text only: the translator sends text
 * runs, never inline HTML.
 */
public final class MarianEngine implements TranslationEngine, AutoCloseable {
    public static final String NAME = "marian";

    private final Path modelsDir;
    private final MarianSettings settings;
    private final Map<LanguagePair, Slot> slots = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public MarianEngine(Path modelsDir, MarianSettings settings) {
        this.modelsDir = modelsDir;
        this.settings = settings;
    }

    /** The engine over {@code <dataDir>/models}, with the default limits. */
    public static MarianEngine forDataDir(Path dataDir) {
        return new MarianEngine(modelsDir(dataDir), MarianSettings.DEFAULTS);
    }

    public static Path modelsDir(Path dataDir) {
        return dataDir.resolve("models");
    }

    public Path modelDir(LanguagePair pair) {
        return modelsDir.resolve(pair.toString());
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@code <name>@<fingerprint>}: the name the model was installed under (else its directory) and its checksum prefix. */
    @Override
    public String model(LanguagePair pair) {
        Path dir = modelDir(pair);
        if (!Files.isDirectory(dir)) return null;
        Slot slot = slots.get(pair);
        MarianModel loaded = slot == null ? null : slot.model;
        try {
            String fingerprint = loaded != null ? loaded.fingerprint() : ModelChecksums.fingerprint(ModelChecksums.recordedOrComputed(dir));
            return InstalledModel.displayName(dir) + "@" + fingerprint;
        } catch (IOException e) {
            return InstalledModel.displayName(dir);
        }
    }

    /** A pair is supported when its model directory has every required file (whether it loads is seen on use). */
    @Override
    public boolean supports(LanguagePair pair) {
        return !closed && ModelFiles.missing(modelDir(pair)).isEmpty();
    }

    @Override
    public boolean handlesHtml() {
        return false;
    }

    @Override
    public List<String> translate(List<String> segments, LanguagePair pair) throws TranslationException {
        if (segments.isEmpty()) return List.of();
        List<List<SentenceSplitter.Sentence>> split = new ArrayList<>(segments.size());
        List<String> sentences = new ArrayList<>();
        for (String segment : segments) {
            List<SentenceSplitter.Sentence> parts = segment == null ? List.of() : SentenceSplitter.split(segment);
            split.add(parts);
            for (SentenceSplitter.Sentence s : parts) sentences.add(s.text());
        }
        List<String> translated = sentences.isEmpty() ? List.of() : loaded(pair).translate(sentences);
        List<String> out = new ArrayList<>(segments.size());
        int next = 0;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (split.get(i).isEmpty()) { // blank: nothing to translate
                out.add(segment == null ? "" : segment);
                continue;
            }
            StringBuilder text = new StringBuilder(SentenceSplitter.leadingSpace(segment));
            for (SentenceSplitter.Sentence s : split.get(i)) text.append(translated.get(next++)).append(s.after());
            out.add(text.toString());
        }
        return out;
    }

    /** The pair's model, loaded by the first caller while the others wait; a failed load is tried again next call. */
    MarianModel loaded(LanguagePair pair) throws TranslationException {
        if (closed) throw new TranslationException("the Marian engine has been shut down", true);
        Slot slot = slots.computeIfAbsent(pair, p -> new Slot());
        synchronized (slot) {
            if (slot.model == null) {
                slot.model = MarianModel.load(modelDir(pair), settings);
                if (closed) { // close() ran while this model was loading
                    slot.model.close();
                    throw new TranslationException("the Marian engine has been shut down", true);
                }
            }
            return slot.model;
        }
    }

    /** Frees every loaded session (waiting for translations in progress). */
    @Override
    public void close() {
        closed = true;
        for (Slot slot : slots.values()) {
            synchronized (slot) {
                if (slot.model != null) slot.model.close();
            }
        }
    }

    private static final class Slot {
        volatile MarianModel model;
    }
}
