package io.newsdesk.app.demo.outlets;

import io.newsdesk.app.ingest.sources.SourceKind;

/**
 * The feed an outlet publishes; outlets differ so that the demo exercises every reader of the importer. The file
 * names and media types are the site's own feeds' ({@link io.newsdesk.app.distribute.feeds.FeedFormat}).
 */
public enum FeedFormat {
    RSS(io.newsdesk.app.distribute.feeds.FeedFormat.RSS, SourceKind.RSS),
    ATOM(io.newsdesk.app.distribute.feeds.FeedFormat.ATOM, SourceKind.ATOM),
    JSON_FEED(io.newsdesk.app.distribute.feeds.FeedFormat.JSON, SourceKind.JSONFEED);

    private final io.newsdesk.app.distribute.feeds.FeedFormat format;
    private final SourceKind sourceKind;

    FeedFormat(io.newsdesk.app.distribute.feeds.FeedFormat format, SourceKind sourceKind) {
        this.format = format;
        this.sourceKind = sourceKind;
    }

    String fileName() {
        return format.fileName();
    }

    /** The type for autodiscovery links. */
    String mediaType() {
        return format.mediaType();
    }

    /** The response's Content-Type. */
    String contentType() {
        return format.mediaType() + "; charset=utf-8";
    }

    /** The kind to register the feed as a source. */
    public SourceKind sourceKind() {
        return sourceKind;
    }
}
