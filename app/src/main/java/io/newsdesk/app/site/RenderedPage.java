package io.newsdesk.app.site;

import java.time.Instant;

/** A page rendered once and served many times: its bytes, a strong ETag and when its content last changed. */
public record RenderedPage(byte[] body, String etag, Instant lastModified) {

    public static RenderedPage of(byte[] body, RenderedPage previous) {
        String etag = Etags.of(body);
        // Re-rendering unchanged content keeps the old time, so Last-Modified stays honest.
        Instant modified = previous != null && previous.etag().equals(etag) ? previous.lastModified() : Instant.now();
        return new RenderedPage(body, etag, modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
