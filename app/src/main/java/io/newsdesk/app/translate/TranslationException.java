package io.newsdesk.app.translate;

/**
 * A translation that could not be made, with a reason meant to be stored and shown as is. {@code retryable}
 * says whether trying again later may work (service down, rate limited) or not (bad key, unsupported pair).
 */
public class TranslationException extends Exception {
    private final boolean retryable;

    public TranslationException(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    public TranslationException(String reason, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
