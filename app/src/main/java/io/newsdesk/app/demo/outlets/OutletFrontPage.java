package io.newsdesk.app.demo.outlets;

import static io.newsdesk.app.util.Html.escape;

import java.util.Collection;
import java.util.List;

/** The server's index of outlets and each outlet's front page: latest headlines, for people looking around. */
final class OutletFrontPage {
    private OutletFrontPage() {}

    static String outlet(DemoOutlet o, String base, List<ReleasedStory> latest) {
        String home = base + "/" + o.slug() + "/";
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(o.language()).append("\"><head><meta charset=\"")
                .append(o.pageCharset().name().toLowerCase(java.util.Locale.ROOT)).append("\"><title>")
                .append(escape(o.name())).append("</title>")
                .append("<link rel=\"alternate\" type=\"").append(o.feed().mediaType()).append("\" href=\"")
                .append(escape(home + o.feed().fileName())).append("\"></head><body><h1>").append(escape(o.name()))
                .append("</h1><p>").append(escape(o.tagline())).append("</p><ul class=\"latest\">\n");
        for (ReleasedStory r : latest) {
            h.append("<li><h2 class=\"headline\"><a href=\"").append(escape(base + r.path())).append("\">")
                    .append(escape(r.story().headline())).append("</a></h2><p>").append(escape(r.story().standfirst()))
                    .append("</p></li>\n");
        }
        return h.append("</ul></body></html>\n").toString();
    }

    static String index(Collection<DemoOutlet> outlets, String base) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Vantara Coast demo outlets</title></head><body><h1>Vantara Coast demo outlets</h1><ul>\n");
        for (DemoOutlet o : outlets) {
            String home = base + "/" + o.slug() + "/";
            h.append("<li><a href=\"").append(escape(home)).append("\">").append(escape(o.name())).append("</a> (")
                    .append(o.language()).append(") — <a href=\"").append(escape(home + o.feed().fileName())).append("\">")
                    .append(o.feed().fileName()).append("</a></li>\n");
        }
        return h.append("</ul></body></html>\n").toString();
    }
}
