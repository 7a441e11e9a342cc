package io.newsdesk.app;

import java.time.Duration;

/**
 * Inputs that make backtracking or per-position work show up (issue 18, 3): every pattern and scan applied to
 * user or imported text must stay linear on them. The bound is generous on purpose: linear work takes
 * milliseconds, while the quadratic code these tests were written against took tens of seconds to minutes.
 */
public final class PathologicalText {
    public static final Duration GENEROUS = Duration.ofSeconds(5);

    private PathologicalText() {}

    /** A letter followed by {@code marks} combining marks (each a non-spacing mark Java's \b scans back over). */
    public static String combiningMarks(char letter, int marks) {
        StringBuilder s = new StringBuilder(marks + 1).append(letter);
        for (int i = 0; i < marks; i++) s.append((char) ('\u0300' + i % 0x70));
        return s.toString();
    }

    /** {@code length} characters without a space, cycling through {@code unit} (a letter, "a@", "<a "). */
    public static String withoutSpaces(String unit, int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) s.append(unit);
        s.setLength(length);
        return s.toString();
    }

    /** {@code depth} opening quotes of every kind, a word, and as many closing ones. */
    public static String nestedQuotes(int depth) {
        String open = "«„“\"'", close = "»“”\"'";
        StringBuilder s = new StringBuilder(depth * 2 + 8);
        for (int i = 0; i < depth; i++) s.append(open.charAt(i % open.length()));
        s.append("Слово");
        for (int i = depth - 1; i >= 0; i--) s.append(close.charAt(i % close.length()));
        return s.toString();
    }
}
