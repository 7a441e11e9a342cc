package io.newsdesk.bench;

import static io.newsdesk.app.util.Html.escape;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The outlets of the ingestion benchmark: {@code feeds} RSS feeds of {@code items} entries each, and one article
 * page per entry, all generated from a seed, so every run imports the same bytes. Pages are the size and shape
 * of a real outlet's (30–150 kB: head with meta, OpenGraph and JSON-LD, inline CSS and scripts, menus, sponsor
 * blocks, share buttons, related lists, a comment form, a footer) around 400–900 words of prose. The prose is
 * made-up words over a large vocabulary between real English function words: every article differs, so story
 * clustering does not join them and the exact-duplicate check does not drop them.
 *
 * <p>Outlet {@code k} (0-based) lives under {@code /o<k>/}: {@code /o<k>/feed.xml} and
 * {@code /o<k>/<yyyy>/<mm>/<dd>/<item>-<slug>.html}; {@link #host(int)} says on which loopback address.
 */
final class IngestFixture {
    /** Function words keep the prose's rhythm (extractors weigh them); content words come from {@link #vocabulary}. */
    private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as",
            "was", "at", "by", "from", "it", "is", "said", "but", "not", "have", "which", "were", "after", "has",
            "this", "be", "their", "they", "about", "more", "its", "an", "had", "who", "would", "been", "over", "into"};
    private static final String[] SYLLABLES = {"ka", "ri", "mo", "len", "tas", "vi", "dor", "pe", "lu", "san", "ne",
            "gor", "fa", "mi", "tul", "ber", "os", "chen", "ra", "quin", "da", "vel", "ti", "mar", "so", "brin", "e",
            "hal", "zu", "ost", "pra", "nek", "il", "ward", "cro", "ya"};
    private static final String[] SECTIONS = {"World", "Politics", "Economy", "Technology", "Culture", "Sport", "Science",
            "Health"};
    private static final DateTimeFormatter RFC1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PATH_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final int feeds;
    private final int items;
    private final long seed;
    private final Instant newest;
    private final boolean hostPerFeed;
    private final int port;
    private final String[] vocabulary;

    /**
     * @param newest      the newest entry's publication time; each outlet publishes one entry every 7 minutes before it
     * @param hostPerFeed outlet k on 127.0.0.(k+1) (Linux routes all of 127/8 to loopback), else all on 127.0.0.1
     */
    IngestFixture(int feeds, int items, long seed, Instant newest, boolean hostPerFeed, int port) {
        if (feeds < 1 || items < 1) throw new IllegalArgumentException("feeds and items must be at least 1");
        if (hostPerFeed && feeds > 250) throw new IllegalArgumentException("at most 250 loopback hosts");
        this.feeds = feeds;
        this.items = items;
        this.seed = seed;
        this.newest = newest;
        this.hostPerFeed = hostPerFeed;
        this.port = port;
        this.vocabulary = vocabulary(new SplittableRandom(seed), 40_000);
    }

    int feeds() {
        return feeds;
    }

    int items() {
        return items;
    }

    String host(int feed) {
        return hostPerFeed ? "127.0.0." + (feed + 1) : "127.0.0.1";
    }

    String outletName(int feed) {
        return "Outlet " + (feed + 1);
    }

    String base(int feed) {
        return "http://" + host(feed) + ":" + port + "/o" + feed + "/";
    }

    String feedUrl(int feed) {
        return base(feed) + "feed.xml";
    }

    /** The article's path below the outlet's base. */
    String articlePath(int feed, int item) {
        return PATH_DAY.format(published(item)) + "/" + item + "-" + slug(title(feed, item)) + ".html";
    }

    Instant published(int item) {
        return newest.minusSeconds(420L * item);
    }

    /** Distinct made-up words; the generator's own randomness decides them, so they depend only on the seed. */
    private static String[] vocabulary(SplittableRandom r, int size) {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            int n = 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }

    /** One article's words and facts, the same for the same (seed, feed, item). */
    record Story(String title, String standfirst, String author, String section, List<String> paragraphs) {}

    Story story(int feed, int item) {
        SplittableRandom r = storyRandom(feed, item);
        String[] names = names(r);
        String title = title(r, names);
        String standfirst = sentence(r, names);
        SplittableRandom staff = new SplittableRandom(seed ^ (feed * 31L + r.nextInt(8))); // eight writers per outlet
        String author = capital(word(staff)) + " " + capital(word(staff));
        String section = SECTIONS[r.nextInt(SECTIONS.length)];
        int target = 400 + r.nextInt(470); // the last sentence may go up to 28 words over
        List<String> paragraphs = new ArrayList<>();
        int count = 0;
        while (count < target) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + r.nextInt(4);
            for (int i = 0; i < sentences && count < target; i++) {
                String s = sentence(r, names);
                count += s.split(" ").length;
                if (i > 0) p.append(' ');
                p.append(s);
            }
            paragraphs.add(p.toString());
        }
        return new Story(title, standfirst, author, section, paragraphs);
    }

    /** The headline alone (cheap: the first draws of the story's generator), for links to other articles. */
    String title(int feed, int item) {
        SplittableRandom r = storyRandom(feed, item);
        return title(r, names(r));
    }

    private SplittableRandom storyRandom(int feed, int item) {
        return new SplittableRandom(seed * 1_000_003L + feed * 100_003L + item);
    }

    /** A story's own names (people, places): they recur through it, as in real reporting. */
    private String[] names(SplittableRandom r) {
        String[] names = new String[6];
        for (int i = 0; i < names.length; i++) names[i] = capital(word(r));
        return names;
    }

    private String title(SplittableRandom r, String[] names) {
        return capital(word(r)) + " " + names[0] + " " + String.join(" ", words(r, 3 + r.nextInt(4), names));
    }

    private String word(SplittableRandom r) {
        return vocabulary[r.nextInt(vocabulary.length)];
    }

    private List<String> words(SplittableRandom r, int n, String[] names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(r.nextInt(6) == 0 ? names[r.nextInt(names.length)] : word(r));
        return out;
    }

    /** 8–26 words, about half of them function words, a comma now and then, sometimes a quotation. */
    private String sentence(SplittableRandom r, String[] names) {
        int n = 8 + r.nextInt(19);
        StringBuilder s = new StringBuilder();
        boolean quote = r.nextInt(7) == 0;
        if (quote) s.append('“');
        for (int i = 0; i < n; i++) {
            String w;
            int pick = r.nextInt(10);
            if (pick < 5) w = FUNCTION[r.nextInt(FUNCTION.length)];
            else if (pick == 5) w = names[r.nextInt(names.length)];
            else if (pick == 6 && i > 0) w = Integer.toString(2 + r.nextInt(998));
            else w = word(r);
            if (i == 0) w = capital(w);
            if (i > 0) s.append(i % 9 == 0 && r.nextBoolean() ? ", " : " ");
            s.append(w);
        }
        s.append('.');
        if (quote) s.append("” ").append(names[r.nextInt(names.length)]).append(" said.");
        return s.toString();
    }

    private static String capital(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-$", "") : s;
    }

    /** The outlet's RSS 2.0 feed: its {@code items} entries, newest first, with a short description each. */
    String rss(int feed) {
        String base = base(feed);
        StringBuilder b = new StringBuilder(items * 600);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
                .append("<channel><title>").append(outletName(feed)).append("</title><link>").append(base)
                .append("</link><description>Latest news from ").append(outletName(feed))
                .append("</description><language>en</language><lastBuildDate>").append(RFC1123.format(published(0)))
                .append("</lastBuildDate>\n");
        for (int i = 0; i < items; i++) {
            Story s = story(feed, i);
            String link = base + articlePath(feed, i);
            b.append("<item><title>").append(escape(s.title())).append("</title><link>").append(link).append("</link>")
                    .append("<guid isPermaLink=\"true\">").append(link).append("</guid><pubDate>")
                    .append(RFC1123.format(published(i))).append("</pubDate><dc:creator>").append(escape(s.author()))
                    .append("</dc:creator><category>").append(s.section()).append("</category><description>")
                    .append(escape(s.standfirst())).append("</description></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    /** The article page of entry {@code item} of outlet {@code feed}, or null when there is no such entry. */
    String page(int feed, int item) {
        if (feed < 0 || feed >= feeds || item < 0 || item >= items) return null;
        return ArticlePageWriter.write(this, feed, item);
    }

    /** Another article's link: its URL and headline, for the related lists and the sidebars. */
    String link(int feed, int item) {
        int i = Math.floorMod(item, items);
        String t = title(feed, i);
        return "<a href=\"" + base(feed) + PATH_DAY.format(published(i)) + "/" + i + "-" + slug(t) + ".html\">" + escape(t) + "</a>";
    }

    /** A random generator for the page's furniture (not the story): the same per page, different between pages. */
    SplittableRandom furniture(int feed, int item) {
        return new SplittableRandom(~(seed * 7_919L + feed * 65_537L + item));
    }

    String madeUpWord(SplittableRandom r) {
        return word(r);
    }

    static String isoTime(Instant t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }
}
