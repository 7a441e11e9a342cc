package io.newsdesk.app.content;

/**
 * Excerpts are cut from an article's plain text, never from HTML, so no markup, CSS or
 * script can reach them (the reference site's "Read Now" leaked {@code .in_text_content_22 {...}}).
 */
public final class Excerpts {
    public static final int MAX_WORDS = 30;

    private Excerpts() {}

    /** At most {@code MAX_WORDS} words of {@code plainText}, ending with an ellipsis when cut. */
    public static String of(String plainText) {
        return of(plainText, MAX_WORDS);
    }

    public static String of(String plainText, int maxWords) {
        if (plainText == null) return "";
        // reads only as far as the excerpt goes: bodies run to thousands of words
        StringBuilder out = new StringBuilder();
        int words = 0, i = 0, n = plainText.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(plainText.charAt(i))) i++;
            if (i == n) break;
            if (words == maxWords) return CleanText.stripTrailingPunctuation(out.toString()) + "…";
            int start = i;
            while (i < n && !Character.isWhitespace(plainText.charAt(i))) i++;
            if (words++ > 0) out.append(' ');
            out.append(plainText, start, i);
        }
        return out.toString();
    }
}
