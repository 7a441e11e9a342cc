package io.newsdesk.app.store;

/** The configured database cannot be reached or refused the login; the message names it (never the password). */
public final class DatabaseUnavailable extends IllegalStateException {
    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
