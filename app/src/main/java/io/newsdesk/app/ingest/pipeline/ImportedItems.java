package io.newsdesk.app.ingest.pipeline;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The {@code imported_items} table: the idempotency record of the pipeline. An item is known by its canonical
 * URL, or by its feed GUID within the same source (a feed that changes an entry's link keeps its GUID).
 */
final class ImportedItems {
    /** A known item: the article it became (or duplicates), and the hashes of what was last imported. */
    record Known(String canonicalUrl, String articleId, String contentHash, String entryHash, boolean duplicate) {}

    private ImportedItems() {
    }

    static Optional<Known> find(Handle h, String canonicalUrl, String sourceId, String guid) {
        Optional<Known> byUrl = h.createQuery("""
                        SELECT canonical_url, article_id, content_hash, entry_hash, duplicate FROM imported_items
                        WHERE canonical_url = :url""")
                .bind("url", canonicalUrl).map((rs, ctx) -> known(rs)).findOne();
        if (byUrl.isPresent() || guid == null || guid.isBlank()) return byUrl;
        return h.createQuery("""
                        SELECT canonical_url, article_id, content_hash, entry_hash, duplicate FROM imported_items
                        WHERE guid = :guid AND source_id = :source ORDER BY first_seen_at LIMIT 1""")
                .bind("guid", guid).bind("source", sourceId).map((rs, ctx) -> known(rs)).findOne();
    }

    static void insert(Handle h, ItemPayload p, String articleId, String contentHash, boolean duplicate, long now) {
        h.createUpdate("""
                INSERT INTO imported_items (canonical_url, guid, source_id, article_id, content_hash, entry_hash, duplicate,
                                            first_seen_at, updated_at)
                VALUES (:url, :guid, :source, :article, :hash, :entry, :duplicate, :now, :now)""")
                .bind("url", p.canonicalUrl()).bind("guid", p.guid()).bind("source", p.sourceId())
                .bind("article", articleId).bind("hash", contentHash).bind("entry", p.entryHash())
                .bind("duplicate", duplicate).bind("now", now).execute();
    }

    /** Records the entry (and content) as now seen; the row is found by the canonical URL it was stored under. */
    static void seen(Handle h, Known k, String entryHash, String contentHash, long now) {
        h.createUpdate("""
                UPDATE imported_items SET entry_hash = :entry, content_hash = :hash, updated_at = :now
                WHERE canonical_url = :url""")
                .bind("entry", entryHash).bind("hash", contentHash).bind("now", now).bind("url", k.canonicalUrl())
                .execute();
    }

    private static Known known(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Known(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));
    }
}
