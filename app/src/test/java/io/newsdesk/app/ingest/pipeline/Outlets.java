package io.newsdesk.app.ingest.pipeline;

import java.util.List;

/** Feeds and article pages, as outlets write them, for the pipeline tests (and the several-nodes test). */
public final class Outlets {
    private Outlets() {
    }

    public record Entry(String title, String link, String guid, String pubDate, String description, String category) {
        public Entry(String title, String link, String guid, String pubDate) {
            this(title, link, guid, pubDate, "A short summary of " + title.toLowerCase() + ".", null);
        }

        Entry withTitle(String t) {
            return new Entry(t, link, guid, pubDate, description, category);
        }

        Entry withLink(String l) {
            return new Entry(title, l, guid, pubDate, description, category);
        }

        Entry withCategory(String c) {
            return new Entry(title, link, guid, pubDate, description, c);
        }

        Entry withDescription(String d) {
            return new Entry(title, link, guid, pubDate, d, category);
        }
    }

    public static String rss(String title, List<Entry> entries) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>https://outlet.example/</link><description>Test feed</description>");
        for (Entry e : entries) {
            b.append("<item><title>").append(e.title()).append("</title><link>").append(e.link().replace("&", "&amp;"))
                    .append("</link>");
            if (e.guid() != null) b.append("<guid isPermaLink=\"false\">").append(e.guid()).append("</guid>");
            b.append("<pubDate>").append(e.pubDate()).append("</pubDate><description>").append(e.description())
                    .append("</description>");
            if (e.category() != null) b.append("<category>").append(e.category()).append("</category>");
            b.append("</item>");
        }
        return b.append("</channel></rss>").toString();
    }

    /**
     * An article page with the boilerplate of a real outlet (the reference page's kind): menu, sponsor block,
     * inline CSS, share buttons, a related list inside the article, a comment form, a footer.
     */
    public static String page(String lang, String title, List<String> paragraphs) {
        StringBuilder p = new StringBuilder();
        for (String para : paragraphs) p.append("<p>").append(para).append("</p>");
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title + " | Outlet</title>"
                + "<style>body{font-family:Georgia} .sponsor{color:red}</style></head><body>"
                + "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
                + "<div class=\"sponsor\">Sponsored: buy our premium widgets today</div>"
                + "<article><h1>" + title + "</h1><style>.in_text_content_22 {width: 300px}</style>" + p
                + "<div class=\"share\">Share on Facebook Share on X</div>"
                + "<aside class=\"related\"><h3>Read also</h3><ul><li><a href=\"/x\">Other news of the day</a></li>"
                + "<li><a href=\"/y\">More news</a></li></ul></aside></article>"
                + "<form class=\"comment-form\"><textarea name=\"c\">Leave a comment</textarea><button>Post comment</button></form>"
                + "<footer>Copyright Outlet</footer></body></html>";
    }

    private static final String[] SYLLABLES = {"ka", "ri", "mo", "len", "tas", "vi", "dor", "pe", "lu", "san", "ne", "gor",
            "fa", "mi", "tul", "ber", "os", "chen", "ra", "quin"};

    /**
     * Six paragraphs about {@code subject}: a news sentence each, padded with words made up from a seed, so
     * that two articles of different subjects share few words and are not mistaken for one story.
     */
    public static List<String> paragraphs(String subject) {
        java.util.Random r = new java.util.Random(subject.hashCode());
        List<String> out = new java.util.ArrayList<>();
        String[] lines = {subject + " was confirmed on Monday by officials at the harbour office.",
                "Residents said the change had been expected for weeks.",
                "Engineers inspected the site twice before the decision was taken.",
                "The council will publish a full report next month.",
                "Opposition members asked for a public meeting.",
                "A spokesperson said further updates would follow."};
        for (String line : lines) {
            StringBuilder p = new StringBuilder(line);
            for (int i = 0; i < 18; i++) {
                p.append(i % 6 == 0 ? ". The " : " ");
                for (int k = 0; k < 3; k++) p.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            out.add(p.append('.').toString());
        }
        return out;
    }
}
