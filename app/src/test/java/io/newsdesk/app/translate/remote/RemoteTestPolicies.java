package io.newsdesk.app.translate.remote;

import io.newsdesk.app.fetch.RetryPolicy;
import java.time.Duration;

/** Short timeouts and tiny backoff so the retry tests run in well under a second each (Retry-After aside). */
final class RemoteTestPolicies {
    private RemoteTestPolicies() {}

    static final RemoteCallPolicy FAST = new RemoteCallPolicy(Duration.ofSeconds(2), Duration.ofSeconds(5),
            new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)));

    static RemoteCallPolicy withRequestTimeout(Duration timeout, int attempts) {
        return new RemoteCallPolicy(Duration.ofSeconds(2), timeout,
                new RetryPolicy(attempts, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)));
    }
}
