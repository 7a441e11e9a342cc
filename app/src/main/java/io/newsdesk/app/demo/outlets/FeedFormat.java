package io.newsdesk.app.demo.outlets;

import io.newsdesk.app.ingest.sources.SourceKind;

/** The feed an outlet publishes; outlets differ so that the demo exercises every reader of the importer. */
public enum FeedFormat {
    RSS("rss.xml", "application/rss+xml; charset=utf-8", SourceKind.RSS),
    ATOM("atom.xml", "application/atom+xml; charset=utf-8", SourceKind.ATOM),
    JSON_FEED("feed.json", "application/feed+json; charset=utf-8", SourceKind.JSONFEED);

    private final String fileName;
    private final String contentType;
    private final SourceKind sourceKind;

    FeedFormat(String fileName, String contentType, SourceKind sourceKind) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sourceKind = sourceKind;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    /** The kind to register the feed as a source. */
    public SourceKind sourceKind() {
        return sourceKind;
    }
}
