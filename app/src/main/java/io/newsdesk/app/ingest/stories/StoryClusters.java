package io.newsdesk.app.ingest.stories;

import io.newsdesk.app.store.Ids;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Exact copies and story clusters in the database. Each imported article gets an exact fingerprint and a
 * MinHash signature with its LSH band keys; a new article is compared only with the articles that share a band
 * key with it, and joins the story of the most similar one when {@link StoryMatcher} says they are the same
 * story. A story is created when a second article joins the first. All methods run in the caller's
 * transaction, so an article and its place in a story commit together.
 */
public final class StoryClusters {
    /** Articles further apart than this are not the same story, however alike (an annual event, a follow-up). */
    static final Duration WINDOW = Duration.ofDays(4);
    /** At most this many candidates are compared, the closest in time first. */
    static final int MAX_CANDIDATES = 200;
    private final Clock clock;

    public StoryClusters(Clock clock) {
        this.clock = clock;
    }

    /** The stored article with exactly this text (another URL's copy), if there is one. */
    public Optional<String> exactCopy(Handle h, String text) {
        return h.createQuery("SELECT article_id FROM article_fingerprints WHERE exact_hash = :hash ORDER BY article_id LIMIT 1")
                .bind("hash", ExactFingerprint.of(text)).mapTo(String.class).findOne();
    }

    /**
     * Fingerprints a newly stored article and puts it into the story of the most similar earlier article, if
     * one is similar enough. Returns the story id, or empty when the article stands alone.
     */
    public Optional<String> place(Handle h, String articleId, String title, String text, long publishedAt) {
        MinHashSignature sig = signature(text);
        store(h, articleId, text, sig);
        if (sig == null) return Optional.empty();
        Map<String, MinHashSignature> candidates = candidates(h, articleId, sig, publishedAt);
        String best = StoryMatcher.bestMatch(sig, candidates).orElse(null);
        if (best == null) return Optional.empty();
        long now = clock.millis();
        String storyId = h.createQuery("SELECT story_id FROM articles WHERE id = :id").bind("id", best)
                .mapTo(String.class).findOne().orElse(null);
        if (storyId == null) {
            storyId = Ids.newId();
            String firstTitle = h.createQuery("SELECT title FROM articles WHERE id = :id").bind("id", best)
                    .mapTo(String.class).one();
            h.createUpdate("INSERT INTO stories (id, title, created_at, updated_at) VALUES (:id, :title, :now, :now)")
                    .bind("id", storyId).bind("title", firstTitle).bind("now", now).execute();
            h.createUpdate("UPDATE articles SET story_id = :story WHERE id = :id").bind("story", storyId).bind("id", best).execute();
        }
        h.createUpdate("UPDATE articles SET story_id = :story WHERE id = :id").bind("story", storyId).bind("id", articleId).execute();
        h.createUpdate("UPDATE stories SET updated_at = :now WHERE id = :id").bind("now", now).bind("id", storyId).execute();
        return Optional.of(storyId);
    }

    /** Re-fingerprints an updated article; it keeps its story (an edit does not make it another story). */
    public void refresh(Handle h, String articleId, String text) {
        h.createUpdate("DELETE FROM story_bands WHERE article_id = :id").bind("id", articleId).execute();
        h.createUpdate("DELETE FROM article_fingerprints WHERE article_id = :id").bind("id", articleId).execute();
        store(h, articleId, text, signature(text));
    }

    /** The text's signature, or null when it is too short to tell one story from another (a feed excerpt). */
    private static MinHashSignature signature(String text) {
        MinHashSignature sig = MinHashSignature.of(text);
        return StoryMatcher.clusterable(sig) ? sig : null;
    }

    private static void store(Handle h, String articleId, String text, MinHashSignature sig) {
        h.createUpdate("INSERT INTO article_fingerprints (article_id, exact_hash, minhash) VALUES (:id, :hash, :sig)")
                .bind("id", articleId).bind("hash", ExactFingerprint.of(text)).bind("sig", sig == null ? null : sig.encode())
                .execute();
        if (sig == null) return;
        // one prepared statement for the 64 rows: this runs under the write lock every other worker waits for
        var batch = h.prepareBatch("INSERT INTO story_bands (band_key, article_id) VALUES (:band, :id) ON CONFLICT DO NOTHING");
        for (String band : sig.bandKeys()) batch.bind("band", band).bind("id", articleId).add();
        batch.execute();
    }

    /**
     * The candidates' sketches, closest in time first, in one query: a candidate sharing a band always has a
     * sketch (bands are stored only with one), and one query rather than one per candidate matters, as this
     * runs inside the write transaction and a large window holds up to {@value #MAX_CANDIDATES} candidates.
     */
    private static Map<String, MinHashSignature> candidates(Handle h, String articleId, MinHashSignature sig, long publishedAt) {
        List<String> keys = new ArrayList<>(sig.bandKeys());
        Map<String, MinHashSignature> out = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT a.id, f.minhash FROM articles a JOIN article_fingerprints f ON f.article_id = a.id
                        WHERE a.id <> :id AND f.minhash IS NOT NULL
                          AND a.published_at BETWEEN :from AND :to
                          AND a.id IN (SELECT article_id FROM story_bands WHERE band_key IN (<keys>))
                        ORDER BY ABS(a.published_at - :at), a.id LIMIT :max""")
                .bindList("keys", keys).bind("id", articleId).bind("at", publishedAt)
                .bind("from", publishedAt - WINDOW.toMillis()).bind("to", publishedAt + WINDOW.toMillis())
                .bind("max", MAX_CANDIDATES)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), MinHashSignature.decode(e.getValue())));
        return out;
    }
}
