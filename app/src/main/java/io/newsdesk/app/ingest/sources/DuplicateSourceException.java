package io.newsdesk.app.ingest.sources;

/** Adding a source whose canonical URL is already a source. */
public final class DuplicateSourceException extends IllegalArgumentException {
    private final String existingId;

    public DuplicateSourceException(String canonicalUrl, String existingId) {
        super("already a source: " + canonicalUrl + " (id " + existingId + ")");
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
