package io.newsdesk.app.demo.outlets;

import static io.newsdesk.app.util.Html.escape;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** RSS 2.0 with Dublin Core creators, as most news CMSs publish it. */
final class RssFeedWriter {
    private RssFeedWriter() {}

    static String write(DemoOutlet outlet, String base, List<ReleasedStory> items, Instant built) {
        String home = base + "/" + outlet.slug() + "/";
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n")
                .append("<channel>\n")
                .append("<title>").append(escape(outlet.name())).append("</title>\n")
                .append("<link>").append(escape(home)).append("</link>\n")
                .append("<description>").append(escape(outlet.tagline())).append("</description>\n")
                .append("<language>").append(outlet.language()).append("</language>\n")
                .append("<lastBuildDate>").append(date(built)).append("</lastBuildDate>\n")
                .append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
                .append(escape(home + outlet.feed().fileName())).append("\"/>\n");
        for (ReleasedStory r : items) {
            DemoStory s = r.story();
            x.append("<item>\n")
                    .append("<title>").append(escape(s.headline())).append("</title>\n")
                    .append("<link>").append(escape(base + r.path())).append("</link>\n")
                    // a permanent id that survives a change of host or port, unlike the link
                    .append("<guid isPermaLink=\"false\">").append(escape(outlet.slug() + ":" + s.id())).append("</guid>\n")
                    .append("<pubDate>").append(date(r.published())).append("</pubDate>\n")
                    .append("<dc:creator>").append(escape(s.author())).append("</dc:creator>\n")
                    .append("<category>").append(escape(s.section())).append("</category>\n")
                    .append("<description>").append(escape(s.standfirst())).append("</description>\n")
                    .append("</item>\n");
        }
        return x.append("</channel>\n</rss>\n").toString();
    }

    private static String date(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }
}
