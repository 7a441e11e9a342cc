package io.newsdesk.app.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneOffset;
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

    private HttpCaching() {}

    public static void send(Context ctx, RenderedPage page, String contentType, String cacheControl) {
        ctx.header("ETag", page.etag());
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(page.lastModified().atZone(ZoneOffset.UTC)));
        ctx.header("Cache-Control", cacheControl);
        if (notModified(ctx, page)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType);
        ctx.result(page.body());
    }

    static boolean notModified(Context ctx, RenderedPage page) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) t = t.substring(2);
                if (t.equals(page.etag()) || t.equals("*")) return true;
            }
            return false; // If-None-Match takes precedence over If-Modified-Since
        }
        String since = ctx.header("If-Modified-Since");
        if (since == null) return false;
        try {
            Instant t = ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !page.lastModified().isAfter(t);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
