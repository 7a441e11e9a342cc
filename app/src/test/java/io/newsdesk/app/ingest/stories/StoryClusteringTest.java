package io.newsdesk.app.ingest.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour on stories/pairs.json: each story told by two outlets, and hard negatives (same topic, other story). */
class StoryClusteringTest {
    private final StoryPairs data = StoryPairs.load();
    private final Map<String, StoryPairs.Story> byId = data.byId();

    private static MinHashSignature sig(StoryPairs.Version v) {
        return MinHashSignature.of(v.titleAndText());
    }

    @Test
    void theTestDataIsLargeEnoughToMeasureOn() {
        assertThat(data.stories()).hasSizeGreaterThanOrEqualTo(16).allSatisfy(s -> assertThat(s.versions()).hasSize(2));
        assertThat(data.hardNegatives()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(data.stories().stream().filter(s -> words(s, 0) > 2.5 * words(s, 1) || words(s, 1) > 2.5 * words(s, 0)))
                .as("pairs of a long report and a short brief").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theSameStoryFromTwoOutletsIsOneStory() {
        for (StoryPairs.Story s : data.stories()) {
            MinHashSignature a = sig(s.versions().get(0));
            MinHashSignature b = sig(s.versions().get(1));
            assertThat(StoryMatcher.sameStory(a, b)).as(s.id() + " " + describe(a, b)).isTrue();
            assertThat(StoryMatcher.sameStory(b, a)).as(s.id() + " reversed").isTrue();
        }
    }

    @Test
    void differentStoriesOnTheSameTopicOrPlaceAreNotOneStory() {
        for (StoryPairs.HardNegative n : data.hardNegatives()) {
            for (StoryPairs.Version a : byId.get(n.stories().get(0)).versions()) {
                for (StoryPairs.Version b : byId.get(n.stories().get(1)).versions()) {
                    assertThat(StoryMatcher.sameStory(sig(a), sig(b)))
                            .as(n.stories() + " (" + n.why() + ") " + describe(sig(a), sig(b))).isFalse();
                }
            }
        }
    }

    @Test
    void unrelatedStoriesAreFarBelowTheThresholds() {
        MinHashSignature football = sig(byId.get("football-cup-semi").versions().get(0));
        MinHashSignature hospital = sig(byId.get("maternity-wing").versions().get(0));
        assertThat(football.jaccard(hospital)).isLessThan(StoryMatcher.MIN_JACCARD / 2);
        assertThat(football.containment(hospital)).isLessThan(StoryMatcher.SAME_STORY_CONTAINMENT / 2);
    }

    @Test
    void amongAllOtherArticlesEachVersionFindsItsOtherOutlet() {
        Map<String, MinHashSignature> all = new LinkedHashMap<>();
        for (StoryPairs.Story s : data.stories()) {
            for (int i = 0; i < 2; i++) {
                all.put(s.id() + "/" + i, sig(s.versions().get(i)));
            }
        }
        for (String key : all.keySet()) {
            Map<String, MinHashSignature> others = new LinkedHashMap<>(all);
            MinHashSignature article = others.remove(key);
            String sibling = key.endsWith("/0") ? key.replace("/0", "/1") : key.replace("/1", "/0");
            assertThat(StoryMatcher.bestMatch(article, others)).as(key).contains(sibling);
        }
    }

    @Test
    void theSameStoryFromTwoOutletsSharesBandKeysAndUnrelatedStoriesMostlyDoNot() {
        for (StoryPairs.Story s : data.stories()) {
            List<String> a = sig(s.versions().get(0)).bandKeys();
            assertThat(a).hasSize(MinHashSignature.BANDS).doesNotHaveDuplicates();
            assertThat(sig(s.versions().get(1)).bandKeys()).as(s.id()).containsAnyElementsOf(a);
        }
        List<String> football = sig(byId.get("football-cup-semi").versions().get(0)).bandKeys();
        assertThat(sig(byId.get("maternity-wing").versions().get(0)).bandKeys()).doesNotContainAnyElementsOf(football);
    }

    @Test
    void theSameTextUnderAnotherUrlWithOtherFormattingHasTheSameFingerprint() {
        String text = byId.get("warehouse-fire").versions().get(0).text();
        String reformatted = "  " + text.replace("\n\n", "\n").replace(" ", "\u00a0 ").replace("\"", "“")
                .replace(",", " ,").replace("50", "５０").toUpperCase(java.util.Locale.ROOT) + "\n";
        assertThat(ExactFingerprint.of(reformatted)).isEqualTo(ExactFingerprint.of(text)).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(ExactFingerprint.of(text.replace("Quay 4", "Quay 5"))).isNotEqualTo(ExactFingerprint.of(text));
        assertThat(ExactFingerprint.of(byId.get("warehouse-fire").versions().get(1).text()))
                .as("a rewrite is not an exact duplicate").isNotEqualTo(ExactFingerprint.of(text));
    }

    @Test
    void aSignatureSurvivesStorageAndRejectsGarbage() {
        MinHashSignature s = sig(byId.get("coastal-railway").versions().get(0));
        String stored = s.encode();
        assertThat(stored).matches("[A-Za-z0-9_-]+").hasSizeLessThan(1400);
        MinHashSignature back = MinHashSignature.decode(stored);
        assertThat(back).isEqualTo(s);
        assertThat(back.shingleCount()).isEqualTo(s.shingleCount());
        assertThat(back.bandKeys()).isEqualTo(s.bandKeys());
        // stored keys keep their written form ("%02d:%016x": band, then the 64-bit hash in 16 hex digits)
        List<String> keys = s.bandKeys();
        assertThat(keys).hasSize(MinHashSignature.BANDS);
        for (int band = 0; band < keys.size(); band++) {
            String key = keys.get(band);
            assertThat(key).matches("\\d{2}:[0-9a-f]{16}");
            assertThat(key).isEqualTo(String.format("%02d:%016x", band, Long.parseUnsignedLong(key.substring(3), 16)));
        }
        assertThat(back.jaccard(s)).isEqualTo(1.0);
        assertThatThrownBy(() -> MinHashSignature.decode("AAAA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signaturesDoNotDependOnTheJvmOrTheRun() {
        // Stored signatures must stay comparable with new ones: this value may only change with a new format
        assertThat(MinHashSignature.of("Storm Edda cuts power to 3,200 homes on the Halvo Isles").bandKeys().get(0))
                .isEqualTo(GOLDEN_FIRST_BAND_KEY);
    }

    private static final String GOLDEN_FIRST_BAND_KEY = "00:fdaed1f037f6b5a2";

    @Test
    void aFeedExcerptIsTooShortToCluster() {
        String excerpt = "Storm Edda cut power to 3,200 homes on the Halvo Isles overnight and stopped all ferries from"
                + " Port Iselle, while a helicopter rescued three fishermen off Little Halvo.";
        MinHashSignature s = MinHashSignature.of(excerpt);
        assertThat(StoryMatcher.clusterable(s)).isFalse();
        assertThat(StoryMatcher.sameStory(s, MinHashSignature.of(excerpt))).as("not even with itself").isFalse();
        MinHashSignature empty = MinHashSignature.of("  ... ");
        assertThat(empty.shingleCount()).isZero();
        assertThat(empty.jaccard(empty)).isZero();
        assertThat(empty.bandKeys()).isEmpty();
        assertThat(Set.copyOf(sig(byId.get("storm-edda-halvo").versions().get(0)).bandKeys())).hasSize(MinHashSignature.BANDS);
    }

    private static int words(StoryPairs.Story s, int version) {
        return TextNormalizer.words(s.versions().get(version).text()).size();
    }

    private static String describe(MinHashSignature a, MinHashSignature b) {
        return String.format(java.util.Locale.ROOT, "J %.3f C %.3f", a.jaccard(b), a.containment(b));
    }
}
