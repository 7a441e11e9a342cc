package io.newsdesk.app.demo.outlets;

import io.newsdesk.app.ingest.sources.SourceKind;

/**
 * One outlet's feed on a running {@link DemoOutletServer}: what is needed to register it as a source.
 *
 * @param siteUrl        the outlet's home page on the server
 * @param kind           how to read {@code url}
 * @param newsSitemapUrl the outlet's Google News sitemap, or null when it publishes none
 */
public record DemoFeed(String outletSlug, String outletName, String language, String siteUrl, String url,
        SourceKind kind, String newsSitemapUrl) {
}
