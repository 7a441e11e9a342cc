package io.newsdesk.app.ingest.feed;

import java.net.URI;
import io.newsdesk.app.content.CleanText;
import io.newsdesk.app.content.Excerpts;
import org.jsoup.Jsoup;
import io.newsdesk.app.content.CleanUrl;

/** Small conversions shared by the readers: clean text, absolute links. */
final class Texts {
    private Texts() {
    }

    /** Feeds put HTML (often entity-escaped or in CDATA) in titles and summaries; stored text has no markup. */
    static String clean(String maybeHtml) {
        return CleanText.optional(maybeHtml);
    }

    /**
     * A summary's text: the paragraphs of its markup, without figures, captions, credits and bylines
     * ({@link Excerpts#lead}), so a summary that embeds the lead picture does not open with its credit.
     */
    static String summary(String maybeHtml) {
        if (maybeHtml == null || maybeHtml.indexOf('<') < 0) return clean(maybeHtml);
        return clean(Excerpts.lead(Jsoup.parseBodyFragment(maybeHtml).body()));
    }

    /** A summary made from content when the feed has none: the first words, cut at a word boundary. */
    static String excerpt(String text, int maxChars) {
        return text == null ? null : CleanText.shorten(text, maxChars);
    }

    /** Resolves {@code link} against {@code base}; null when the result is not an absolute http(s) URL with a host. */
    static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        try {
            URI resolved = base == null ? new URI(l) : new URI(base.strip()).resolve(new URI(l));
            return CleanUrl.web(resolved.toString());
        } catch (Exception e) {
            return null;
        }
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }
}
