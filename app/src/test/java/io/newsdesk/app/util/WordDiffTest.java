package io.newsdesk.app.util;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.util.WordDiff.Kind;
import io.newsdesk.app.util.WordDiff.Part;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    /** The text of one side, rebuilt from the parts (the diff must lose no word). */
    private static String side(List<Part> parts, Kind skipped) {
        return parts.stream().filter(p -> p.kind() != skipped).map(Part::text).collect(Collectors.joining(" "))
                .replaceAll("\\s+", " ").strip();
    }

    @Test
    void changedWordsAreMarkedAndBothSidesAreKept() {
        String before = "The river rose by two metres overnight.\nResidents moved.";
        String after = "The river rose by three metres overnight.\nResidents moved to higher ground.";
        List<Part> parts = WordDiff.of(before, after);
        // parts after the first carry the space before them, so they can be shown one after another
        List<Part> stripped = parts.stream().map(p -> new Part(p.kind(), p.text().strip())).toList();
        assertThat(stripped).contains(new Part(Kind.REMOVED, "two"), new Part(Kind.ADDED, "three"),
                new Part(Kind.REMOVED, "moved."), new Part(Kind.ADDED, "moved to higher ground."));
        assertThat(side(parts, Kind.ADDED)).isEqualTo(before.replace("\n", " "));
        assertThat(side(parts, Kind.REMOVED)).isEqualTo(after.replace("\n", " "));
        assertThat(WordDiff.same(before, before + "\n\n")).isTrue();
        assertThat(WordDiff.same(before, after)).isFalse();
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(WordDiff.of("a b c", "a b c")).containsExactly(new Part(Kind.SAME, "a b c"));
        assertThat(WordDiff.of("", "new text")).containsExactly(new Part(Kind.ADDED, "new text"));
        assertThat(WordDiff.of("old text", null)).containsExactly(new Part(Kind.REMOVED, "old text"));
    }

    @Test
    void aHugeRewriteFallsBackToRemovedThenAddedQuickly() {
        String a = "alpha ".repeat(3000), b = "beta ".repeat(3000);
        long start = System.nanoTime();
        List<Part> parts = WordDiff.of("same start " + a + " same end", "same start " + b + " same end");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(parts).extracting(Part::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
    }
}
