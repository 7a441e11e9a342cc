package io.newsdesk.app.translate.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SegmentBatchesTest {
    @Test
    void countLimitSplitsInOrder() {
        List<String> s = IntStream.range(0, 7).mapToObj(i -> "s" + i).toList();
        assertThat(SegmentBatches.split(s, SegmentBatches.nonBlank(s), 3, 1_000))
                .containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6));
    }

    @Test
    void sizeIsMeasuredAsEncodedJson() {
        // Cyrillic letters take two bytes, quotes an escape each, plus quotes and comma around the element
        assertThat(SegmentBatches.encodedSize("я")).isEqualTo(2 + 3);
        assertThat(SegmentBatches.encodedSize("<a href=\"x\">")).isEqualTo(14 + 3);
        List<String> s = List.of("яяяя", "яяяя", "яяяя"); // 11 bytes each
        assertThat(SegmentBatches.split(s, SegmentBatches.nonBlank(s), 50, 22)).containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void anOversizedSegmentTravelsAlone() {
        List<String> s = List.of("a", "b".repeat(100), "c");
        assertThat(SegmentBatches.split(s, SegmentBatches.nonBlank(s), 50, 20)).containsExactly(List.of(0), List.of(1), List.of(2));
    }

    @Test
    void blankSegmentsAreLeftOut() {
        List<String> s = java.util.Arrays.asList("", "x", null, " \n", "y");
        assertThat(SegmentBatches.nonBlank(s)).containsExactly(1, 4);
    }
}
