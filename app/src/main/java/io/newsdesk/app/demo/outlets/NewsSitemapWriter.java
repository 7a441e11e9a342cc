package io.newsdesk.app.demo.outlets;

import static io.newsdesk.app.util.Html.escape;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A Google News sitemap: like the real ones, it lists only the articles of the last two days. */
final class NewsSitemapWriter {
    static final Duration WINDOW = Duration.ofDays(2);

    private NewsSitemapWriter() {}

    static String write(DemoOutlet outlet, String base, List<ReleasedStory> items, Instant now) {
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (ReleasedStory r : items) {
            if (r.published().isBefore(now.minus(WINDOW))) continue;
            x.append("<url><loc>").append(escape(base + r.path())).append("</loc>\n")
                    .append("<news:news><news:publication><news:name>").append(escape(outlet.name()))
                    .append("</news:name><news:language>").append(outlet.language()).append("</news:language></news:publication>\n")
                    .append("<news:publication_date>").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.localPublished()))
                    .append("</news:publication_date>\n")
                    .append("<news:title>").append(escape(r.story().headline())).append("</news:title></news:news></url>\n");
        }
        return x.append("</urlset>\n").toString();
    }
}
