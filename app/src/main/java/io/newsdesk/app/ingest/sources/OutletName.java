package io.newsdesk.app.ingest.sources;

import io.newsdesk.app.content.CleanText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An outlet's name from its feed's title: "Local Gazette", not "Local Gazette - RSS Feed" or "Local Gazette: Latest
 * News" (feed words are dropped, at either end, and only when separated from the name).
 */
public final class OutletName {
    private static final int MAX_CHARS = 100;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|:»·]\\s+|:\\s+");
    /**
     * Parts of a feed title that name the feed, not the outlet: a part made only of these, each followed by any
     * whitespace ("latest news rss feed", "newsfeed"). Lower case, as parts are compared.
     */
    private static final List<String> FEED_WORDS = List.of("rss", "atom", "json", "feed", "feeds", "newsfeed", "news feed",
            "rssfeed", "rss feed", "rss 2.0", "xml", "syndication", "latest", "latest news", "all news", "news", "top stories",
            "all stories", "all articles", "articles", "posts", "home", "frontpage", "front page", "comments");
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

    /**
     * Whether a part is only feed words. A scan of the positions a word can start at, not a regex: the pattern
     * "(?:(?:rss|feed|rss ?feed|…)\\s*)+" recursed once per word (a stack overflow on "news " × 20,000), and a
     * possessive one would miss "news feeds" (it would take "news feed", then fail on "s"). This visits each
     * position once and gives the regex's answers.
     */
    private static boolean feedWords(String part) {
        String s = part.strip().toLowerCase(Locale.ROOT);
        int n = s.length();
        if (n == 0) return false;
        boolean[] reached = new boolean[n + 1];
        reached[0] = true;
        for (int i = 0; i < n; i++) {
            if (!reached[i]) continue;
            for (String word : FEED_WORDS) {
                if (!s.startsWith(word, i)) continue;
                int j = i + word.length();
                while (j < n && isRegexSpace(s.charAt(j))) j++;  // no word starts with a space: skip them all
                reached[j] = true;
            }
        }
        return reached[n];
    }

    /** The characters "\\s" matched: ASCII whitespace only, as before. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
