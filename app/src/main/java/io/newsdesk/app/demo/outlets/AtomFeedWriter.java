package io.newsdesk.app.demo.outlets;

import static io.newsdesk.app.util.Html.escape;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Atom 1.0 (RFC 4287), with tag: URIs as entry ids. */
final class AtomFeedWriter {
    private AtomFeedWriter() {}

    static String write(DemoOutlet outlet, String base, List<ReleasedStory> items, Instant updated) {
        String home = base + "/" + outlet.slug() + "/";
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(outlet.language()).append("\">\n")
                .append("<title>").append(escape(outlet.name())).append("</title>\n")
                .append("<subtitle>").append(escape(outlet.tagline())).append("</subtitle>\n")
                .append("<id>tag:").append(outlet.slug()).append(".example,2026:feed</id>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(home)).append("\"/>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(escape(home + outlet.feed().fileName())).append("\"/>\n")
                .append("<updated>").append(date(updated)).append("</updated>\n");
        for (ReleasedStory r : items) {
            DemoStory s = r.story();
            x.append("<entry>\n")
                    .append("<title type=\"text\">").append(escape(s.headline())).append("</title>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base + r.path())).append("\"/>\n")
                    .append("<id>tag:").append(outlet.slug()).append(".example,2026:").append(escape(s.id())).append("</id>\n")
                    .append("<published>").append(date(r.published())).append("</published>\n")
                    .append("<updated>").append(date(r.published())).append("</updated>\n")
                    .append("<author><name>").append(escape(s.author())).append("</name></author>\n")
                    .append("<category term=\"").append(escape(s.section())).append("\"/>\n")
                    .append("<summary type=\"text\">").append(escape(s.standfirst())).append("</summary>\n")
                    .append("</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    private static String date(Instant t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ReleasedStory.COAST_TIME));
    }
}
