package io.newsdesk.app.translate.remote;

import io.newsdesk.app.fetch.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait for a translation service and how often to try again.
 *
 * @param connectTimeout longest wait to open a connection
 * @param requestTimeout longest wait for the whole answer of one request (a batch of segments)
 * @param retry          attempts and backoff on 429, 5xx, timeouts and I/O errors; Retry-After longer than
 *                       {@link RetryPolicy#maxRetryAfter()} ends the call with a retryable failure at once
 */
public record RemoteCallPolicy(Duration connectTimeout, Duration requestTimeout, RetryPolicy retry) {
    /** Machine translation of a 50-segment batch usually takes seconds; a minute covers a slow day. */
    public static final RemoteCallPolicy DEFAULTS = new RemoteCallPolicy(Duration.ofSeconds(10), Duration.ofSeconds(60),
            new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60)));

    public RemoteCallPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retry, "retry");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }
}
