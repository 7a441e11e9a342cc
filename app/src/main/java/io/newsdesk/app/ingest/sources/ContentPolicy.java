package io.newsdesk.app.ingest.sources;

import java.util.Locale;

/**
 * What may be republished: {@code full-text} when the outlet's terms allow it, otherwise {@code excerpt}
 * (title, at most about 50 words and a prominent link to the original) — the default.
 */
public enum ContentPolicy {
    FULL_TEXT("full-text"), EXCERPT("excerpt");

    private final String label;

    ContentPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException for anything but full-text or excerpt */
    public static ContentPolicy parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ContentPolicy p : values()) {
            if (p.label.equals(t)) return p;
        }
        throw new IllegalArgumentException("unknown policy '" + text + "' (expected full-text or excerpt)");
    }

    @Override
    public String toString() {
        return label;
    }
}
