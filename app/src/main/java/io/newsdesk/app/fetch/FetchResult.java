package io.newsdesk.app.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * The outcome of a fetch: either a response (200 with a decompressed body, or 304 "not modified") or a failure
 * with a typed cause and a human message. The body array is handed over as is, not copied.
 *
 * @param requestedUrl the URL asked for (null only when it could not be parsed)
 * @param finalUrl     the URL after redirects (null when no response was received)
 * @param status       HTTP status of the last response, 0 when there was none
 * @param contentType  Content-Type header or null
 * @param etag         ETag header or null, to be sent as If-None-Match next time
 * @param lastModified Last-Modified header or null, to be sent as If-Modified-Since next time
 * @param body         decompressed body; empty when not modified or failed
 * @param notModified  the server answered 304 to a conditional GET
 * @param failure      null on success
 * @param message      human description of the failure, null on success
 * @param retryAfter   a server's Retry-After that was too long to wait for, else null
 * @param attempts     HTTP attempts made (retries included)
 */
public record FetchResult(
        URI requestedUrl,
        URI finalUrl,
        int status,
        String contentType,
        String etag,
        String lastModified,
        byte[] body,
        boolean notModified,
        FailureCause failure,
        String message,
        Duration retryAfter,
        int attempts) {

    private static final byte[] EMPTY = new byte[0];

    public boolean ok() {
        return failure == null;
    }

    static FetchResult success(URI requested, URI finalUrl, int status, String contentType, String etag,
            String lastModified, byte[] body, int attempts) {
        return new FetchResult(requested, finalUrl, status, contentType, etag, lastModified, body, false, null, null,
                null, attempts);
    }

    static FetchResult notModified(URI requested, URI finalUrl, String etag, String lastModified, int attempts) {
        return new FetchResult(requested, finalUrl, 304, null, etag, lastModified, EMPTY, true, null, null, null,
                attempts);
    }

    static FetchResult failed(URI requested, FetchFailure f, int attempts) {
        return new FetchResult(requested, f.uri, f.status, null, null, null, EMPTY, false, f.cause, f.getMessage(),
                f.retryAfter, attempts);
    }

    @Override
    public String toString() {
        return ok()
                ? "FetchResult[" + status + (notModified ? " not modified" : " " + body.length + " bytes") + " " + finalUrl + "]"
                : "FetchResult[" + failure + ": " + message + "]";
    }
}
