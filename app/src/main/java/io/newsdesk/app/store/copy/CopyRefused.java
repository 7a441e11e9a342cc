package io.newsdesk.app.store.copy;

/** Why a {@code db copy} did not start or did not finish, in words for the operator (never a password). */
public final class CopyRefused extends RuntimeException {
    public CopyRefused(String message) {
        super(message);
    }

    public CopyRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
