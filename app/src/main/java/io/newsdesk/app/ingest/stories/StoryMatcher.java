package io.newsdesk.app.ingest.stories;

import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a new article tells the same story as an earlier one, from their MinHash sketches (title and
 * body, {@link MinHashSignature#of(String)}). Outlets rewrite a story in their own words but keep its names,
 * numbers and quotes, and a brief keeps few of a long report's words: so the main test is containment (how much of
 * the smaller word set is in the larger), with a Jaccard floor because a long text contains many words of any short
 * one. Thresholds and the measurements behind them: docs/decisions.md (stories/pairs.json and the extraction dev set).
 */
public final class StoryMatcher {
    /**
     * Texts with fewer distinct content words (a headline, a one-sentence teaser) are not clustered: a handful of
     * generic words would decide. Measured on the test data: excerpts of about 23 distinct words still find their
     * story half the time and never a wrong one; full texts have 69 and more. Sketch the title with the text.
     */
    public static final int MIN_CONTENT_WORDS = 25;
    /** Measured on the test data: same-story pairs 0.49 and up, different stories on the same topic 0.38 at most. */
    public static final double SAME_STORY_CONTAINMENT = 0.45;
    /**
     * Containment estimated from MinHash is noisy when one text is much longer than the other, so the Jaccard
     * estimate (whose error does not grow with length) must reach this floor too. Measured on the test data:
     * same-story pairs 0.29 and up; rewrites between real outlets go lower (docs/decisions.md), hence the low floor.
     */
    public static final double MIN_JACCARD = 0.15;

    private StoryMatcher() {
    }

    /** Whether the text is long enough to be clustered at all. */
    public static boolean clusterable(MinHashSignature signature) {
        return signature.shingleCount() >= MIN_CONTENT_WORDS;
    }

    public static boolean sameStory(MinHashSignature a, MinHashSignature b) {
        return clusterable(a) && clusterable(b)
                && a.jaccard(b) >= MIN_JACCARD
                && a.containment(b) >= SAME_STORY_CONTAINMENT;
    }

    /**
     * The candidate (typically found through shared {@link MinHashSignature#bandKeys() band keys}) that tells the
     * same story with the highest containment, or empty when none does.
     */
    public static <K> Optional<K> bestMatch(MinHashSignature article, Map<K, MinHashSignature> candidates) {
        K best = null;
        double bestScore = -1;
        for (Map.Entry<K, MinHashSignature> c : candidates.entrySet()) {
            if (sameStory(article, c.getValue())) {
                double score = article.containment(c.getValue());
                if (score > bestScore) {
                    best = c.getKey();
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
