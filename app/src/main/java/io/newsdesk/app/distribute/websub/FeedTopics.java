package io.newsdesk.app.distribute.websub;

import io.newsdesk.app.news.SitePaths;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The feeds an article appears in, as absolute URLs (the WebSub topics): the site's, and its section's,
 * authors', outlet's and story's, each in the three formats.
 */
final class FeedTopics {
    static final List<String> FORMATS = List.of("rss.xml", "atom.xml", "feed.json");

    private FeedTopics() {}

    /** The feeds changed by the articles written in (from, to]: published ones, and unpublished ones (they left feeds). */
    static Set<String> changedBetween(Handle h, long from, long to, String base) {
        Set<String> pages = new LinkedHashSet<>();
        List<String[]> rows = h.createQuery("""
                        SELECT a.id, s.slug AS section_slug, o.slug AS outlet_slug, a.story_id
                        FROM articles a JOIN sections s ON s.id = a.section_id LEFT JOIN outlets o ON o.id = a.outlet_id
                        WHERE a.changed_at > :from AND a.changed_at <= :to AND a.status IN ('published', 'unpublished')""")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        if (rows.isEmpty()) return Set.of();
        pages.add("");
        for (String[] r : rows) {
            pages.add(SitePaths.section(r[1]));
            if (r[2] != null) pages.add(SitePaths.outlet(r[2]));
            if (r[3] != null) pages.add(SitePaths.story(r[3]));
        }
        List<String> ids = rows.stream().map(r -> r[0]).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            Collection<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            h.createQuery("""
                            SELECT DISTINCT au.slug FROM article_authors aa JOIN authors au ON au.id = aa.author_id
                            WHERE aa.article_id IN (<ids>)""")
                    .bindList("ids", List.copyOf(chunk)).mapTo(String.class).forEach(slug -> pages.add(SitePaths.author(slug)));
        }
        Set<String> feeds = new LinkedHashSet<>();
        for (String page : pages) for (String f : FORMATS) feeds.add(base + page + "/" + f);
        return feeds;
    }
}
