package io.newsdesk.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Conditional GET: ETag and Last-Modified on every page, 304 when the client already has it. */
public final class HttpCaching {
    /**
     * Browsers revalidate every page (cheap: a 304 from the page cache), so a reader sees an approved
     * comment at once; shared caches and CDNs may keep a page a minute. The view beacon keeps counts right.
     */
    public static final String PAGE_CACHE_CONTROL = "public, no-cache, s-maxage=60";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    public static final String HTML = "text/html; charset=utf-8";

    private HttpCaching() {}

    /** Sends a rendered page through Javalin (the first request for a page; later ones meet {@link CachedPageHandler}). */
    public static void send(Context ctx, RenderedPage page, String cacheControl) {
        ctx.header("ETag", page.etag());
        ctx.header("Last-Modified", page.lastModifiedHeader());
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", "Accept-Encoding");
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), page)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(page.contentType());
        byte[] body = page.body();
        if (acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            body = page.gzip();
        }
        // the length is known, as CachedPageHandler sends it: a first render and a hit answer alike (GET and HEAD)
        ctx.header("Content-Length", String.valueOf(body.length));
        ctx.result(body);
    }

    /** Whether the client takes gzip: listed, and not refused with {@code q=0}. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.split(";");
            String coding = p[0].strip();
            if (!coding.equalsIgnoreCase("gzip") && !coding.equals("*")) continue;
            for (int i = 1; i < p.length; i++) {
                String q = p[i].strip().replace(" ", "");
                if (q.matches("q=0(\\.0*)?")) return false;
            }
            return true;
        }
        return false;
    }

    static boolean notModified(String ifNoneMatch, String ifModifiedSince, RenderedPage page) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) t = t.substring(2);
                if (t.equals(page.etag()) || t.equals("*")) return true;
            }
            return false; // If-None-Match takes precedence over If-Modified-Since
        }
        if (ifModifiedSince == null) return false;
        try {
            Instant t = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !page.lastModified().isAfter(t);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
