package io.newsdesk.app.ingest.sources;

import io.newsdesk.app.content.CleanText;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An outlet's name from its feed's title: "Local Gazette", not "Local Gazette - RSS Feed" or "Local Gazette: Latest
 * News" (feed words are dropped, at either end, and only when separated from the name).
 */
public final class OutletName {
    private static final int MAX_CHARS = 100;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|:»·]\\s+|:\\s+");
    /** Parts of a feed title that name the feed, not the outlet. */
    private static final Pattern FEED_WORDS = Pattern.compile(
            "(?:(?:rss|atom|json|feed|feeds|news ?feed|rss ?feed|rss 2\\.0|xml|syndication|latest|latest news|all news|news|"
                    + "top stories|all stories|all articles|articles|posts|home|front ?page|comments)\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_FEED_WORD = Pattern.compile("\\s+(?:rss|atom)(?:\\s+feed)?$|\\s+rss\\s*2\\.0$",
            Pattern.CASE_INSENSITIVE);

    private OutletName() {}

    /** The outlet's name in a feed title, or null when the title names nothing else than a feed. */
    public static String fromFeedTitle(String feedTitle) {
        String t = CleanText.of(feedTitle);
        String[] parts = SEPARATOR.split(t);
        int first = 0, last = parts.length - 1;
        while (first < last && feedWords(parts[first])) first++;
        while (last > first && feedWords(parts[last])) last--;
        if (first > 0 || last < parts.length - 1) t = String.join(" - ", java.util.Arrays.copyOfRange(parts, first, last + 1));
        t = TRAILING_FEED_WORD.matcher(t).replaceFirst("").strip();
        if (t.isEmpty() || feedWords(t)) return null;
        return CleanText.shorten(t, MAX_CHARS);
    }

    private static boolean feedWords(String part) {
        return FEED_WORDS.matcher(part.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
