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
        String[] words = plainText.strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) return "";
        if (words.length <= maxWords) return String.join(" ", words);
        String cut = String.join(" ", java.util.Arrays.copyOf(words, maxWords));
        return CleanText.stripTrailingPunctuation(cut) + "…";
    }
}
