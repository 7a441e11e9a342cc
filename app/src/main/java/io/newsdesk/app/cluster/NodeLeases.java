package io.newsdesk.app.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code node_leases} table (migration V19): which node holds each one-node-at-a-time task until when. Taking
 * and renewing are one statement, so two nodes racing for a free or expired lease cannot both win. Times come from
 * the nodes' clocks, as the job queue's leases do: nodes keep their clocks synchronised (NTP).
 */
public final class NodeLeases {
    /** Who holds a lease, until when (epoch ms), since when. */
    public record Holder(String node, long expiresAt, long takenAt) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public NodeLeases(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Takes the lease {@code name} for {@code node} for {@code duration} if it is free, expired or already this
     * node's (then renewed). Returns whether {@code node} holds it now.
     */
    public boolean hold(String name, String node, Duration duration) {
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            h.createUpdate("""
                INSERT INTO node_leases (name, holder, expires_at, taken_at) VALUES (:name, :node, :expires, :now)
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at,
                       taken_at = CASE WHEN node_leases.holder = excluded.holder THEN node_leases.taken_at ELSE excluded.taken_at END
                WHERE node_leases.holder = excluded.holder OR node_leases.expires_at < :now""")
                    .bind("name", name).bind("node", node).bind("expires", now + duration.toMillis()).bind("now", now)
                    .execute();
            // read back rather than trust the update count of an upsert whose update was skipped (drivers differ)
            return h.createQuery("SELECT holder FROM node_leases WHERE name = :name").bind("name", name)
                    .mapTo(String.class).one().equals(node);
        });
    }

    /** Gives the lease up if {@code node} holds it, so another node takes it at once (a node stopping). */
    public void release(String name, String node) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM node_leases WHERE name = :name AND holder = :node")
                .bind("name", name).bind("node", node).execute());
    }

    public Optional<Holder> holder(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT holder, expires_at, taken_at FROM node_leases WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> new Holder(rs.getString("holder"), rs.getLong("expires_at"), rs.getLong("taken_at")))
                .findOne());
    }
}
