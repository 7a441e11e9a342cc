package io.newsdesk.app.translate.marian;

/** A model that could not be installed, with a reason meant for the operator; nothing was left half-installed. */
public final class ModelInstallException extends Exception {
    public ModelInstallException(String message) {
        super(message);
    }

    public ModelInstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
