package io.newsdesk.app.fetch;

import java.net.URI;
import java.time.Duration;

/** Internal control flow of the fetcher; turned into a failed {@link FetchResult} before it leaves the package. */
final class FetchFailure extends Exception {
    final FailureCause cause;
    final int status;
    final URI uri;
    final Duration retryAfter;

    FetchFailure(FailureCause cause, String message) {
        this(cause, message, 0, null, null);
    }

    FetchFailure(FailureCause cause, String message, int status, URI uri, Duration retryAfter) {
        super(message, null, false, false); // no stack trace: these are expected outcomes
        this.cause = cause;
        this.status = status;
        this.uri = uri;
        this.retryAfter = retryAfter;
    }
}
