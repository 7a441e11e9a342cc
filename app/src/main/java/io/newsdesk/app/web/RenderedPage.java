package io.newsdesk.app.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A page rendered once and served many times: its bytes (also gzip-compressed, once), a strong
 * ETag and when its content last changed, with the header values ready to send. The content type
 * travels with it, so feeds and sitemaps share the page cache with the HTML pages.
 */
public record RenderedPage(byte[] body, byte[] gzip, String etag, Instant lastModified, String lastModifiedHeader,
                           String contentType) {

    public static RenderedPage of(byte[] body, RenderedPage previous) {
        return of(body, HttpCaching.HTML, previous);
    }

    public static RenderedPage of(byte[] body, String contentType, RenderedPage previous) {
        byte[] gzip = Gzip.of(body);
        // the compressed bytes are as much a function of the content as the page's own, and a quarter of their size
        String etag = Etags.of(gzip);
        // Re-rendering unchanged content keeps the old time, so Last-Modified stays honest.
        Instant modified = previous != null && previous.etag().equals(etag)
                ? previous.lastModified() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new RenderedPage(body, gzip, etag, modified,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)), contentType);
    }

    private static final byte[] NO_BYTES = new byte[0];

    /** The same version without its bytes: what is remembered of it for the next rendering's Last-Modified. */
    RenderedPage version() {
        return new RenderedPage(NO_BYTES, NO_BYTES, etag, lastModified, lastModifiedHeader, contentType);
    }

    /** Bytes held for this page in the cache, roughly: its two bodies, its headers and its key. */
    int weight(String key) {
        return body.length + gzip.length + 2 * key.length() + 256;
    }
}
