package io.newsdesk.app.ingest.feed;

/**
 * A body that cannot be turned into items. The message is meant to be stored as the failure reason as is;
 * line and column are -1 when the format or the error has no position.
 */
public class FeedException extends Exception {
    private final int line;
    private final int column;

    public FeedException(String message) {
        this(message, -1, -1, null);
    }

    public FeedException(String message, Throwable cause) {
        this(message, -1, -1, cause);
    }

    public FeedException(String message, int line, int column, Throwable cause) {
        super(line > 0 ? message + " (line " + line + (column > 0 ? ", column " + column : "") + ")" : message, cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
