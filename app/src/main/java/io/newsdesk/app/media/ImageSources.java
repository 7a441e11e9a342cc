package io.newsdesk.app.media;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The {@code image_sources} table (migration V12): each image address met and what became of it. */
public final class ImageSources {
    /** One address's record: a stored image's URL, or the refusal's reason. */
    public record Known(String sourceUrl, String imageUrl, String reason, boolean permanent, long fetchedAt) {}

    private final Jdbi jdbi;

    public ImageSources(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<Known> find(String sourceUrl) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT source_url, image_url, reason, permanent, fetched_at FROM image_sources WHERE source_url = :u""")
                .bind("u", sourceUrl)
                .map((rs, ctx) -> new Known(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getLong(5)))
                .findOne());
    }

    public void stored(String sourceUrl, String imageUrl, long bytes, long now) {
        upsert(sourceUrl, imageUrl, null, false, bytes, now);
    }

    public void refused(String sourceUrl, String reason, boolean permanent, long bytes, long now) {
        upsert(sourceUrl, null, reason, permanent, bytes, now);
    }

    private void upsert(String sourceUrl, String imageUrl, String reason, boolean permanent, long bytes, long now) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO image_sources (source_url, image_url, reason, permanent, byte_count, fetched_at)
                VALUES (:u, :img, :reason, :permanent, :bytes, :now)
                ON CONFLICT (source_url) DO UPDATE SET image_url = :img, reason = :reason, permanent = :permanent,
                    byte_count = :bytes, fetched_at = :now""")
                .bind("u", sourceUrl).bind("img", imageUrl).bind("reason", reason).bind("permanent", permanent)
                .bind("bytes", bytes).bind("now", now).execute());
    }
}
