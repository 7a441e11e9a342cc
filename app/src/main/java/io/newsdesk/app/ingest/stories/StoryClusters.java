package io.newsdesk.app.ingest.stories;

import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.store.Dialect;
import io.newsdesk.app.store.Ids;
import java.time.Clock;
import java.time.Duration;
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
    /** At most this many candidates are compared: those sharing the most band keys. */
    static final int MAX_CANDIDATES = 20;
    /** The advisory lock that placing an article in a story takes on PostgreSQL (any number no other code uses). */
    private static final long PLACING_LOCK = 0x5370_6f72_7931L;
    private final Clock clock;
    private final ArticleWriter writer;

    public StoryClusters(Clock clock, ArticleWriter writer) {
        this.clock = clock;
        this.writer = writer;
    }

    /**
     * What an article's text is compared by: its exact hash, and its MinHash signature (null when the text is
     * too short to tell one story from another, a feed excerpt). Made before the write transaction: it is the
     * costly part, and the transaction holds the one write lock every other worker waits for.
     */
    public record Fingerprint(String exactHash, MinHashSignature signature) {}

    public static Fingerprint fingerprint(String text) {
        List<String> words = TextNormalizer.words(text); // normalized once for both
        MinHashSignature sig = MinHashSignature.of(TextNormalizer.withoutStopwords(words), MinHashSignature.SHINGLE_WORDS);
        return new Fingerprint(ExactFingerprint.ofWords(words), StoryMatcher.clusterable(sig) ? sig : null);
    }

    /** The stored article with exactly this text (another URL's copy), if there is one. */
    public Optional<String> exactCopy(Handle h, Fingerprint f) {
        return h.createQuery("SELECT article_id FROM article_fingerprints WHERE exact_hash = :hash ORDER BY article_id LIMIT 1")
                .bind("hash", f.exactHash()).mapTo(String.class).findOne();
    }

    /**
     * Records a newly stored article's fingerprint and puts it into the story of the most similar earlier
     * article, if one is similar enough. Returns the story id, or empty when the article stands alone.
     */
    public Optional<String> place(Handle h, String articleId, Fingerprint f, long publishedAt) {
        if (Dialect.of(h) == Dialect.POSTGRESQL) {
            // PostgreSQL runs the workers' transactions side by side (SQLite has one writer at a time): two reports of
            // one story placed at once would not see each other's fingerprints and both stand alone. Placing takes
            // turns, until this transaction ends.
            h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) AS turn").bind("key", PLACING_LOCK)
                    .mapTo(Integer.class).one();
        }
        store(h, articleId, f);
        if (f.signature() == null) return Optional.empty();
        Map<String, MinHashSignature> candidates = candidates(h, articleId, f.signature(), publishedAt);
        String best = StoryMatcher.bestMatch(f.signature(), candidates).orElse(null);
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
            writer.assignStory(h, best, storyId);
        }
        writer.assignStory(h, articleId, storyId);
        h.createUpdate("UPDATE stories SET updated_at = :now WHERE id = :id").bind("now", now).bind("id", storyId).execute();
        return Optional.of(storyId);
    }

    /** Re-fingerprints an updated article; it keeps its story (an edit does not make it another story). */
    public void refresh(Handle h, String articleId, Fingerprint f) {
        h.createUpdate("DELETE FROM story_bands WHERE article_id = :id").bind("id", articleId).execute();
        h.createUpdate("DELETE FROM article_fingerprints WHERE article_id = :id").bind("id", articleId).execute();
        store(h, articleId, f);
    }

    private static void store(Handle h, String articleId, Fingerprint f) {
        MinHashSignature sig = f.signature();
        h.createUpdate("INSERT INTO article_fingerprints (article_id, exact_hash, minhash) VALUES (:id, :hash, :sig)")
                .bind("id", articleId).bind("hash", f.exactHash()).bind("sig", sig == null ? null : sig.encode())
                .execute();
        if (sig == null) return;
        // one prepared statement for the 64 rows: this runs under the write lock every other worker waits for
        var batch = h.prepareBatch("INSERT INTO story_bands (band_key, article_id) VALUES (:band, :id) ON CONFLICT DO NOTHING");
        for (String band : sig.bandKeys()) batch.bind("band", band).bind("id", articleId).add();
        batch.execute();
    }

    /**
     * The signatures of the articles (published within the window) that share the most band keys with this
     * one, at most {@value #MAX_CANDIDATES}: the number of shared bands estimates the similarity (same-story
     * pairs of the test data share at least 4 of 64, median 11; chance collisions mostly 1), so the few with the
     * most are the ones worth comparing, and decoding hundreds of chance collisions is not.
     */
    private static Map<String, MinHashSignature> candidates(Handle h, String articleId, MinHashSignature sig, long publishedAt) {
        List<String> keys = sig.bandKeys();
        Map<String, MinHashSignature> out = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT f.article_id, f.minhash FROM article_fingerprints f WHERE f.minhash IS NOT NULL AND f.article_id IN (
                            SELECT b.article_id FROM story_bands b JOIN articles a ON a.id = b.article_id
                            WHERE b.band_key IN (<keys>) AND b.article_id <> :id AND a.published_at BETWEEN :from AND :to
                            GROUP BY b.article_id ORDER BY COUNT(*) DESC, b.article_id LIMIT :max)""")
                .bindList("keys", keys).bind("id", articleId)
                .bind("from", publishedAt - WINDOW.toMillis()).bind("to", publishedAt + WINDOW.toMillis())
                .bind("max", MAX_CANDIDATES)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), MinHashSignature.decode(e.getValue())));
        return out;
    }
}
