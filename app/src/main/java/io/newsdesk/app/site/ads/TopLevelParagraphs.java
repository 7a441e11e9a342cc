package io.newsdesk.app.site.ads;

import java.util.Set;

/**
 * Where a body's n-th top-level paragraph ends, read from its tags. The bodies are the sanitizer's output
 * ({@code content.BodyHtml}: every element closed, attribute values quoted, a text's {@code <} escaped), so following
 * the tags' depth is enough; parsing the body into a tree and writing it out again was a tenth of rendering an
 * uncached article page. Anything else (a comment, a stray closing tag, an unterminated tag) answers "unknown" and the
 * caller parses instead.
 */
final class TopLevelParagraphs {
    static final int UNKNOWN = -2;
    static final int FEWER = -1;
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    private TopLevelParagraphs() {}

    /** The index just after the n-th top-level {@code </p>}, {@link #FEWER} when there are fewer, or {@link #UNKNOWN}. */
    static int endOf(String html, int n) {
        int depth = 0, seen = 0, i = 0;
        while ((i = html.indexOf('<', i)) >= 0) {
            boolean closing = i + 1 < html.length() && html.charAt(i + 1) == '/';
            int nameStart = closing ? i + 2 : i + 1, nameEnd = nameStart;
            while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) nameEnd++;
            if (nameEnd == nameStart) return UNKNOWN; // "<!--", "<!DOCTYPE", "< ": not the sanitizer's
            int end = tagEnd(html, nameEnd);
            if (end < 0) return UNKNOWN;
            String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
            if (closing) {
                if (--depth < 0) return UNKNOWN;
                if (depth == 0 && name.equals("p") && ++seen == n) return end;
            } else if (!VOID.contains(name) && html.charAt(end - 2) != '/') {
                depth++;
            }
            i = end;
        }
        return depth == 0 ? FEWER : UNKNOWN;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** The index after the {@code >} that ends the tag, skipping quoted attribute values; -1 when it never ends. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }
}
