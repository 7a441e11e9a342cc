package io.newsdesk.app.distribute.feeds;

/** The three feed formats, each at the same file name under every page that has feeds. */
public enum FeedFormat {
    RSS("rss.xml", "application/rss+xml", "RSS"),
    ATOM("atom.xml", "application/atom+xml", "Atom"),
    JSON("feed.json", "application/feed+json", "JSON Feed");

    private final String fileName;
    private final String mediaType;
    private final String label;

    FeedFormat(String fileName, String mediaType, String label) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String fileName() {
        return fileName;
    }

    /** The type for autodiscovery links. */
    public String mediaType() {
        return mediaType;
    }

    /** The type the document is served with. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public String label() {
        return label;
    }
}
