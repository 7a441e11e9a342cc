package io.newsdesk.app.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Clients blocked from commenting ({@code comment_blocks}, migration V17), known only by the keyed hash of their
 * address that each comment records. A blocked client's new comments are stored as spam without telling it.
 */
public final class ClientBlockStore {
    /** One block, with how many comments that client has written. */
    public record Block(String clientHash, Instant blockedAt, String blockedBy, String authorName, String reason, int comments) {
        /** A short form of the hash for people to tell blocks apart (the hash alone reveals nothing). */
        public String shortHash() {
            return clientHash.length() <= 10 ? clientHash : clientHash.substring(0, 10);
        }
    }

    private final Jdbi jdbi;

    public ClientBlockStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Blocks a client; false when it was blocked already. */
    public boolean block(String clientHash, String blockedBy, String authorName, String reason, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO comment_blocks (client_hash, blocked_at, blocked_by, author_name, reason)
                VALUES (:hash, :at, :by, :author, :reason) ON CONFLICT (client_hash) DO NOTHING""")
                .bind("hash", clientHash).bind("at", at.toEpochMilli()).bind("by", blockedBy).bind("author", author(authorName))
                .bind("reason", reason).execute()) > 0;
    }

    public boolean unblock(String clientHash) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM comment_blocks WHERE client_hash = :hash")
                .bind("hash", clientHash).execute()) > 0;
    }

    public boolean isBlocked(String clientHash) {
        if (clientHash == null) return false;
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM comment_blocks WHERE client_hash = :hash")
                .bind("hash", clientHash).mapTo(Integer.class).one()) > 0;
    }

    public java.util.Optional<Block> find(String clientHash) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE b.client_hash = :hash").bind("hash", clientHash).map(MAPPER).findOne());
    }

    /** Every block, the newest first. */
    public List<Block> all() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY b.blocked_at DESC, b.client_hash").map(MAPPER).list());
    }

    private static final String SELECT = """
            SELECT b.*, (SELECT COUNT(*) FROM comments c WHERE c.client_hash = b.client_hash) AS comments FROM comment_blocks b""";
    private static final RowMapper<Block> MAPPER = (rs, ctx) -> new Block(rs.getString("client_hash"), Times.instant(rs, "blocked_at"),
            rs.getString("blocked_by"), rs.getString("author_name"), rs.getString("reason"), rs.getInt("comments"));

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM comment_blocks").mapTo(Long.class).one());
    }

    private static String author(String name) {
        return name == null || name.length() <= 100 ? name : name.substring(0, 100);
    }
}
