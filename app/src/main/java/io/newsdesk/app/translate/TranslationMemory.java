package io.newsdesk.app.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.store.Ids;
import io.newsdesk.app.util.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Approved translations per segment, always asked first: an exact match (same pair, same source after
 * whitespace is normalized) is reused and never sent to an engine again; near matches (most words in common)
 * are offered to the editor. An editor's translation replaces an engine's; an engine never replaces anything.
 */
public final class TranslationMemory {
    /** Editors' and shipped human translations are stored under these engine names. */
    public static final String EDITOR = "editor";
    /** Near matches are looked for among the newest entries of a pair only. */
    static final int NEAR_SCAN = 5000;
    static final double NEAR_MIN = 0.5;

    /** A stored translation that is like the asked segment, with the share of words in common. */
    public record NearMatch(String source, String target, double similarity) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public TranslationMemory(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<String> exact(LanguagePair pair, String source) {
        return jdbi.withHandle(h -> h.createQuery("SELECT target_text FROM translation_memory WHERE pair = :pair AND source_hash = :hash")
                .bind("pair", pair.toString()).bind("hash", hash(source)).mapTo(String.class).findOne());
    }

    /** Stores an approved translation; an editor's replaces what was there, an engine's never does. */
    public void store(Handle h, LanguagePair pair, String source, String target, String engine, String model) {
        boolean editor = EDITOR.equals(engine);
        h.createUpdate("""
                INSERT INTO translation_memory (id, pair, source_hash, source_text, target_text, engine, model, created_at)
                VALUES (:id, :pair, :hash, :source, :target, :engine, :model, :now)
                ON CONFLICT (pair, source_hash)""" + " DO " + (editor
                        ? "UPDATE SET target_text = excluded.target_text, engine = excluded.engine, model = excluded.model, created_at = excluded.created_at"
                        : "NOTHING"))
                .bind("id", Ids.newId()).bind("pair", pair.toString()).bind("hash", hash(source))
                .bind("source", normalize(source)).bind("target", target).bind("engine", engine).bind("model", model)
                .bind("now", clock.millis()).execute();
    }

    /**
     * For each of {@code sources}, the stored segment most like it (at least half of their words shared), or
     * null: one pass over the pair's newest {@value #NEAR_SCAN} entries serves a whole article.
     */
    public List<NearMatch> nearest(LanguagePair pair, List<String> sources) {
        List<Set<String>> words = sources.stream().map(TranslationMemory::words).toList();
        NearMatch[] best = new NearMatch[sources.size()];
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT source_text, target_text FROM translation_memory WHERE pair = :pair
                        ORDER BY created_at DESC LIMIT :scan""")
                .bind("pair", pair.toString()).bind("scan", NEAR_SCAN)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(row -> {
                    Set<String> other = words(row[0]);
                    for (int i = 0; i < sources.size(); i++) {
                        if (words.get(i).isEmpty() || normalize(row[0]).equals(normalize(sources.get(i)))) continue;
                        Set<String> common = new HashSet<>(words.get(i));
                        common.retainAll(other);
                        double sim = (double) common.size() / (words.get(i).size() + other.size() - common.size());
                        if (sim >= NEAR_MIN && (best[i] == null || sim > best[i].similarity())) {
                            best[i] = new NearMatch(row[0], row[1], sim);
                        }
                    }
                }));
        return Arrays.asList(best);
    }

    /**
     * Loads a translation-memory file: JSON {@code {"pair": "uk-en", "engine": "...", "segments": [{"source": ...,
     * "target": ...}]}} (or an array of such objects). Returns how many segments it holds.
     */
    public int importFile(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<JsonNode> parts = new ArrayList<>();
        if (root.isArray()) root.forEach(parts::add);
        else parts.add(root);
        int n = 0;
        for (JsonNode part : parts) {
            LanguagePair pair = LanguagePair.parse(part.path("pair").asText());
            String engine = part.path("engine").asText(EDITOR);
            for (JsonNode seg : part.path("segments")) {
                String source = seg.path("source").asText(), target = seg.path("target").asText();
                if (source.isBlank() || target.isBlank()) continue;
                jdbi.useHandle(h -> store(h, pair, source, target, engine, null));
                n++;
            }
        }
        return n;
    }

    /** Whitespace collapsed and trimmed: the form segments are matched in. */
    static String normalize(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    static String hash(String source) {
        return Sha256.hex(normalize(source));
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : normalize(s).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }
}
