package io.newsdesk.app.ingest.queue;

/**
 * Thrown by a job handler when trying again cannot succeed (a private address, a robots.txt disallow, a body
 * too large, a page with no article): the job goes to "dead" at once with the reason instead of being retried.
 */
public final class PermanentFailure extends RuntimeException {
    public PermanentFailure(String reason) {
        super(reason, null, false, false);
    }
}
