package io.newsdesk.app.fetch;

import io.newsdesk.app.util.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * Retries of one fetch on timeouts, 5xx and 429.
 *
 * @param maxAttempts   attempts in total (1 = no retry)
 * @param baseDelay     delay after the first failed attempt; doubles for each further one
 * @param maxDelay      cap of the exponential delay
 * @param maxRetryAfter longest Retry-After we wait for inside one fetch; a longer one ends the fetch and is
 *                      reported in the result so the scheduler can postpone the source instead
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    public static final RetryPolicy DEFAULTS =
            new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(120));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /**
     * Backoff after {@code failedAttempts} failures: base * 2^(n-1), capped, then "equal jitter" (half fixed,
     * half random) so that many sources failing together do not retry in lockstep.
     */
    public Duration backoff(int failedAttempts) {
        return new Backoff(baseDelay, maxDelay, 2, 0.5).delay(failedAttempts);
    }
}
