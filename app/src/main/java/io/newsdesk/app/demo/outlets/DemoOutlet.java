package io.newsdesk.app.demo.outlets;

import java.nio.charset.Charset;

/**
 * One fictional outlet served by {@link DemoOutletServer}, as described in {@code demo/outlets/stories.json}.
 *
 * @param pageCharset the charset of its article pages (one outlet keeps a legacy single-byte charset, as old
 *                    CMSs do, so the importer's charset handling is exercised)
 * @param newsSitemap whether it also publishes a Google News sitemap
 */
record DemoOutlet(String slug, String name, String language, FeedFormat feed, boolean newsSitemap, Charset pageCharset,
        String tagline) {
}
