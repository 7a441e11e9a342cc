package io.newsdesk.app.translate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The issue's requirement on the labelled set (test/resources/translate/guard-set.json, written for
 * Newsdesk): recall on bad translations at least 95%, false holds on good ones at most 5%.
 */
class TranslationGuardSetTest {
    private static List<LabelledTranslations.Item> items;
    private static TranslationGuard guard;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = TranslationGuardSetTest.class.getResourceAsStream("/translate/guard-set.json")) {
            items = LabelledTranslations.read(in);
        }
        guard = TranslationGuard.shipped();
    }

    @Test
    void theSetIsLargeEnoughAndCoversBothLanguagesAndKinds() {
        assertThat(items.stream().filter(i -> !i.bad()).count()).isGreaterThanOrEqualTo(100);
        assertThat(items.stream().filter(LabelledTranslations.Item::bad).count()).isGreaterThanOrEqualTo(30);
        for (String from : List.of("ru", "uk")) {
            for (String kind : List.of("title", "sentence")) {
                for (boolean bad : List.of(true, false)) {
                    assertThat(items).as(from + " " + kind + (bad ? " bad" : " good"))
                            .anyMatch(i -> i.pair().from().equals(from) && i.kind().equals(kind) && i.bad() == bad);
                }
            }
        }
    }

    @Test
    void recallOnBadIsAtLeast95PercentAndFalseHoldsOnGoodAtMost5Percent() {
        LabelledTranslations.Score score = LabelledTranslations.score(guard, items);
        System.out.printf("guard on the labelled set: recall %d/%d = %.3f, false holds %d/%d = %.3f%n", score.held(), score.bad(),
                score.recall(), score.falselyHeld(), score.good(), score.falseHoldRate());
        score.misses().forEach(m -> System.out.println("  missed: " + m));
        score.falseHolds().forEach(f -> System.out.println("  false hold: " + f));
        assertThat(score.recall()).as("recall on bad, missed: %s", score.misses()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.falseHoldRate()).as("false holds on good: %s", score.falseHolds()).isLessThanOrEqualTo(0.05);
    }

    /**
     * Issue 13's held-out set (guard-heldout-i13.json, written before the rules for its three classes and not
     * used to tune them): scored once at 21/23 and 0/30; this keeps later changes from losing that.
     */
    @Test
    void theHeldOutSetOfIssue13IsCaughtWithoutFalseHolds() throws Exception {
        List<LabelledTranslations.Item> heldOut;
        try (InputStream in = TranslationGuardSetTest.class.getResourceAsStream("/translate/guard-heldout-i13.json")) {
            heldOut = LabelledTranslations.read(in);
        }
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(40);
        LabelledTranslations.Score score = LabelledTranslations.score(guard, heldOut);
        System.out.printf("guard on the issue 13 held-out set: recall %d/%d, false holds %d/%d%n", score.held(), score.bad(),
                score.falselyHeld(), score.good());
        assertThat(score.recall()).as("missed: %s", score.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.falselyHeld()).as("false holds: %s", score.falseHolds()).isZero();
        for (String defect : List.of("transliterated-start", "abbreviation", "false-friend")) {
            LabelledTranslations.Score d = LabelledTranslations.score(guard, heldOut.stream().filter(i -> defect.equals(i.defect())).toList());
            assertThat(d.recall()).as(defect + ", missed: %s", d.misses()).isGreaterThanOrEqualTo(0.7);
        }
    }

    /** Prints what the thresholds were chosen from: the good translations' length ratios. */
    @Test
    void printsTheLengthRatiosOfGoodTranslations() {
        double[] ratios = items.stream().filter(i -> !i.bad())
                .filter(i -> TranslationGuard.letters(i.source()) >= TranslationGuard.LENGTH_RATIO_MIN_SOURCE_LETTERS)
                .mapToDouble(i -> (double) TranslationGuard.letters(i.output()) / TranslationGuard.letters(i.source())).sorted().toArray();
        double[] all = items.stream().filter(i -> !i.bad())
                .mapToDouble(i -> (double) TranslationGuard.letters(i.output()) / TranslationGuard.letters(i.source())).sorted().toArray();
        System.out.printf("good length ratios, sources of %d+ letters (n=%d): min %.2f p5 %.2f median %.2f p95 %.2f max %.2f; all (n=%d): min %.2f max %.2f%n",
                TranslationGuard.LENGTH_RATIO_MIN_SOURCE_LETTERS, ratios.length, ratios[0], ratios[(int) (ratios.length * 0.05)],
                ratios[ratios.length / 2], ratios[(int) (ratios.length * 0.95)], ratios[ratios.length - 1], all.length, all[0], all[all.length - 1]);
        assertThat(ratios[0]).isGreaterThan(TranslationGuard.LENGTH_RATIO_MIN);
        assertThat(ratios[ratios.length - 1]).isLessThan(TranslationGuard.LENGTH_RATIO_MAX);
    }
}
