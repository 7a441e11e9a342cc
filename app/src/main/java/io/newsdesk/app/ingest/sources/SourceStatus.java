package io.newsdesk.app.ingest.sources;

import java.util.Locale;

/** Whether the scheduler fetches a source. */
public enum SourceStatus {
    ACTIVE("active"), PAUSED("paused");

    private final String label;

    SourceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SourceStatus parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (SourceStatus s : values()) {
            if (s.label.equals(t)) return s;
        }
        throw new IllegalArgumentException("unknown status '" + text + "' (expected active or paused)");
    }

    @Override
    public String toString() {
        return label;
    }
}
