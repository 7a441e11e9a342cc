package io.newsdesk.app.util;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two texts (line breaks count as words, so paragraphs stay visible): the longest common
 * subsequence of their words after the common start and end are set aside. The table is bounded
 * ({@link #MAX_CELLS}); past it the changed middle is shown as removed then added, which is still correct, only coarser.
 * The parts are plain text: whoever shows them escapes them.
 */
public final class WordDiff {
    /** Words of the old middle times words of the new middle: about 8 MB of table at most. */
    static final long MAX_CELLS = 2_000_000L;

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of words of one kind, as text (words joined by spaces, line breaks kept). */
    public record Part(Kind kind, String text) {}

    private WordDiff() {}

    public static List<Part> of(String before, String after) {
        List<String> a = words(before), b = words(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) start++;
        int endA = a.size(), endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Kind> kinds = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < start; i++) add(kinds, tokens, Kind.SAME, a.get(i));
        middle(a.subList(start, endA), b.subList(start, endB), kinds, tokens);
        for (int i = endA; i < a.size(); i++) add(kinds, tokens, Kind.SAME, a.get(i));
        return merge(kinds, tokens);
    }

    /** Whether the texts have the same words. */
    public static boolean same(String before, String after) {
        return words(before).equals(words(after));
    }

    private static void middle(List<String> a, List<String> b, List<Kind> kinds, List<String> tokens) {
        int n = a.size(), m = b.size();
        if ((long) n * m > MAX_CELLS || n == 0 || m == 0) {
            a.forEach(w -> add(kinds, tokens, Kind.REMOVED, w));
            b.forEach(w -> add(kinds, tokens, Kind.ADDED, w));
            return;
        }
        // lcs[i][j]: the longest common subsequence of a[i..] and b[j..], in one array
        int[] lcs = new int[(n + 1) * (m + 1)];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i * (m + 1) + j] = a.get(i).equals(b.get(j)) ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                        : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
            }
        }
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                add(kinds, tokens, Kind.SAME, a.get(i++));
                j++;
            } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                add(kinds, tokens, Kind.REMOVED, a.get(i++));
            } else {
                add(kinds, tokens, Kind.ADDED, b.get(j++));
            }
        }
        while (i < n) add(kinds, tokens, Kind.REMOVED, a.get(i++));
        while (j < m) add(kinds, tokens, Kind.ADDED, b.get(j++));
    }

    private static void add(List<Kind> kinds, List<String> tokens, Kind k, String w) {
        kinds.add(k);
        tokens.add(w);
    }

    private static List<Part> merge(List<Kind> kinds, List<String> tokens) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Kind current = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (kinds.get(i) != current && current != null) {
                parts.add(new Part(current, run.toString()));
                run.setLength(0);
            }
            current = kinds.get(i);
            String w = tokens.get(i);
            if (!run.isEmpty() && !w.equals("\n") && run.charAt(run.length() - 1) != '\n') run.append(' ');
            else if (run.isEmpty() && !parts.isEmpty() && !w.equals("\n") && !parts.get(parts.size() - 1).text().endsWith("\n")) run.append(' ');
            run.append(w);
        }
        if (current != null) parts.add(new Part(current, run.toString()));
        return parts;
    }

    /** The words of a text, each line break a word of its own (runs of blank lines count as one). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) continue;
            if (!out.isEmpty()) out.add("\n");
            for (String w : line.strip().split("\\s+")) if (!w.isEmpty()) out.add(w);
        }
        return out;
    }
}
