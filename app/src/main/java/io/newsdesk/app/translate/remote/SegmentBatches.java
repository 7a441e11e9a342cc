package io.newsdesk.app.translate.remote;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the segments to translate into requests that stay within a service's limits: a number of texts and
 * a request size. Sizes are measured as the segment will travel, JSON-escaped in UTF-8, so that HTML quotes
 * and Cyrillic letters (two bytes each) are counted right.
 */
final class SegmentBatches {
    private SegmentBatches() {}

    /**
     * Groups {@code indexes} (positions in {@code segments}) in order into batches of at most {@code maxCount}
     * segments whose encoded sizes add up to at most {@code maxBytes}. A single segment larger than
     * {@code maxBytes} travels alone and lets the service say whether it takes it.
     */
    static List<List<Integer>> split(List<String> segments, List<Integer> indexes, int maxCount, long maxBytes) {
        if (maxCount < 1 || maxBytes < 1) throw new IllegalArgumentException("batch limits must be positive");
        List<List<Integer>> batches = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long bytes = 0;
        for (int index : indexes) {
            long size = encodedSize(segments.get(index));
            if (!current.isEmpty() && (current.size() >= maxCount || bytes + size > maxBytes)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(index);
            bytes += size;
        }
        if (!current.isEmpty()) batches.add(current);
        return batches;
    }

    /** Bytes of the segment as a JSON array element: escaped UTF-8, two quotes and a comma. */
    static long encodedSize(String segment) {
        return JsonStringEncoder.getInstance().quoteAsUTF8(segment).length + 3L;
    }

    /** Positions of the segments worth sending: blank ones are returned as they are, without a request. */
    static List<Integer> nonBlank(List<String> segments) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s != null && !s.isBlank()) out.add(i);
        }
        return out;
    }
}
