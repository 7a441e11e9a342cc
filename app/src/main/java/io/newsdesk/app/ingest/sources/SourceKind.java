package io.newsdesk.app.ingest.sources;

import io.newsdesk.app.ingest.feed.FeedKind;
import java.util.Locale;

/** What a source is read as; {@link #label()} is the stored and command-line form. */
public enum SourceKind {
    RSS("rss"), ATOM("atom"), JSONFEED("jsonfeed"), SITEMAP("sitemap"), HTML("html");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException for anything but rss, atom, jsonfeed, sitemap, html */
    public static SourceKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (SourceKind k : values()) {
            if (k.label.equals(t)) return k;
        }
        throw new IllegalArgumentException("unknown kind '" + text + "' (expected rss, atom, jsonfeed, sitemap or html)");
    }

    /** The kind a parsed body turned out to be. */
    public static SourceKind of(FeedKind kind) {
        return switch (kind) {
            case RSS -> RSS;
            case ATOM -> ATOM;
            case JSON_FEED -> JSONFEED;
            case SITEMAP, NEWS_SITEMAP -> SITEMAP;
            case HTML -> HTML;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
