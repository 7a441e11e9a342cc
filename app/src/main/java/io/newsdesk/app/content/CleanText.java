package io.newsdesk.app.content;

import org.jsoup.Jsoup;

/** Turns anything that may hold markup into one line of clean text (titles, names, captions). */
public final class CleanText {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private CleanText() {}

    /** Tags removed, style/script contents dropped, entities decoded, whitespace collapsed, control characters dropped. */
    public static String of(String maybeHtml) {
        if (maybeHtml == null || maybeHtml.isBlank()) return "";
        String text = maybeHtml.indexOf('<') < 0 && maybeHtml.indexOf('&') < 0
                ? maybeHtml
                // text() reads only text nodes: <style>/<script> bodies are data nodes and never appear
                : Jsoup.parseBodyFragment(maybeHtml).body().text();
        // control characters (a BEL in a pasted headline) mean nothing to a reader and break XML feeds
        return WHITESPACE.matcher(CONTROL.matcher(text).replaceAll("").replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    /** Like {@link #of} but null stays null, so optional fields remain optional. */
    public static String optional(String maybeHtml) {
        if (maybeHtml == null) return null;
        String clean = of(maybeHtml);
        return clean.isEmpty() ? null : clean;
    }

    /** Whether two texts have the same words: case, whitespace and punctuation aside ("Port opens" = "Port Opens!"). */
    public static boolean sameWords(String a, String b) {
        if (a == null || b == null) return a == b;
        return words(a).equals(words(b));
    }

    private static String words(String text) {
        return NOT_WORD.matcher(of(text).toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Shortens at a word boundary to at most {@code maxChars}, adding an ellipsis when cut. */
    public static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) return text;
        int cut = text.lastIndexOf(' ', maxChars - 1);
        if (cut < maxChars / 2) cut = maxChars - 1;
        return stripTrailingPunctuation(text.substring(0, cut)) + "…";
    }

    static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ",;:.-–—(".indexOf(s.charAt(end - 1)) >= 0 || end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }
}
