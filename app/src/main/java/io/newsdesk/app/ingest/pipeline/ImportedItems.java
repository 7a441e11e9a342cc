package io.newsdesk.app.ingest.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * What {@link #find} says for each of a feed's entries, in two queries (by canonical URL, then by GUID within
     * the source for those not found), keyed by the entry's canonical URL; unknown entries are absent.
     */
    static Map<String, Known> findAll(Handle h, String sourceId, List<ItemPayload> entries) {
        Map<String, Known> out = new HashMap<>();
        if (entries.isEmpty()) return out;
        Map<String, Known> byUrl = new HashMap<>();
        h.createQuery("""
                        SELECT canonical_url, article_id, content_hash, entry_hash, duplicate FROM imported_items
                        WHERE canonical_url IN (<urls>)""")
                .bindList("urls", entries.stream().map(ItemPayload::canonicalUrl).distinct().toList())
                .map((rs, ctx) -> known(rs)).forEach(k -> byUrl.put(k.canonicalUrl(), k));
        List<String> guids = entries.stream().filter(e -> !byUrl.containsKey(e.canonicalUrl()) && e.guid() != null
                && !e.guid().isBlank()).map(ItemPayload::guid).distinct().toList();
        Map<String, Known> byGuid = new HashMap<>();
        if (!guids.isEmpty()) {
            h.createQuery("""
                            SELECT guid, canonical_url, article_id, content_hash, entry_hash, duplicate FROM imported_items
                            WHERE source_id = :source AND guid IN (<guids>) ORDER BY first_seen_at DESC""")
                    .bind("source", sourceId).bindList("guids", guids)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), new Known(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6))))
                    .forEach(e -> byGuid.put(e.getKey(), e.getValue())); // the oldest, as find takes, is put last
        }
        for (ItemPayload e : entries) {
            Known k = byUrl.containsKey(e.canonicalUrl()) ? byUrl.get(e.canonicalUrl()) : e.guid() == null ? null : byGuid.get(e.guid());
            if (k != null) out.put(e.canonicalUrl(), k);
        }
        return out;
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
