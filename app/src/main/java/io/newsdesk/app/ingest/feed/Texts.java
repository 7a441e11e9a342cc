package io.newsdesk.app.ingest.feed;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import io.newsdesk.app.content.CleanText;

/** Small conversions shared by the readers: clean text, absolute links, dates. */
final class Texts {
    private Texts() {
    }

    /** Feeds put HTML (often entity-escaped or in CDATA) in titles and summaries; stored text has no markup. */
    static String clean(String maybeHtml) {
        return CleanText.optional(maybeHtml);
    }

    /** A summary made from content when the feed has none: the first words, cut at a word boundary. */
    static String excerpt(String text, int maxChars) {
        return text == null ? null : CleanText.shorten(text, maxChars);
    }

    /** Resolves {@code link} against {@code base}; null when the result is not an absolute http(s) URL. */
    static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        try {
            URI resolved = base == null ? new URI(l) : new URI(base.strip()).resolve(new URI(l));
            String scheme = BodyDecoder.lower(resolved.getScheme());
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                return null;
            }
            return resolved.toString();
        } catch (Exception e) {
            return null;
        }
    }

    static OffsetDateTime toOffset(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    /**
     * RFC 3339 and the W3C subsets sitemaps allow (2024, 2024-05, 2024-05-01, with or without time).
     * Strict on purpose, and not the extract module's lenient page-date reader: that one drops
     * fractional seconds, reads no "2024" or "2024-05", and finds dates inside other text.
     */
    static OffsetDateTime parseIsoDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the shorter forms below
        }
        try {
            if (v.matches("\\d{4}")) {
                v = v + "-01-01";
            } else if (v.matches("\\d{4}-\\d{2}")) {
                v = v + "-01";
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
                return java.time.LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}([+-]\\d{2}:\\d{2}|Z)")) {
                return OffsetDateTime.parse(v.replaceFirst("(T\\d{2}:\\d{2})", "$1:00"));
            }
        } catch (DateTimeParseException ignored) {
            // fall through: an unreadable date is dropped, not fatal
        }
        return null;
    }
}
