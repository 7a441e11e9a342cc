package io.newsdesk.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.zip.GZIPOutputStream;

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
        byte[] gzip = gzip(body);
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

    /**
     * Compression level of pages, nginx's default. A page is compressed on every cache miss, and most pages of a large
     * site are rendered for one reader: for a 24 KB article page level 1 takes 95 µs for 7,042 bytes, level 4 170 µs
     * for 6,354 (10 % smaller), the default (6) 340 µs for 6,192. Level 1 served 11 % more misses a second than level 4
     * (docs/benchmarks.md, issue 17).
     */
    static final int GZIP_LEVEL = 1;

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(GZIP_LEVEL);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
