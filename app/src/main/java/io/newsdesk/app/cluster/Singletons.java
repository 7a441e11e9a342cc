package io.newsdesk.app.cluster;

import io.newsdesk.app.util.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that exactly one node of a site does at a time: each task has a lease row ({@link NodeLeases}); this node
 * tries to take or renew every lease it is asked about every third of the lease, and a task's {@link #turn} is
 * true while this node holds its lease. A holder that dies stops renewing, and another node takes the task over
 * within one lease and one renewal interval. The turn ends by this node's own monotonic clock a tenth of the
 * lease before the row expires, so a node that cannot reach the database stops before another may start.
 * On one node (SQLite) every lease is simply always this node's.
 */
public final class Singletons implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Singletons.class);

    private final NodeLeases leases;
    private final String node;
    private final Duration lease;
    /** Per task: until when (System.nanoTime) this node may act, or null while it does not hold the lease. */
    private final Map<String, Optional<Long>> heldUntil = new ConcurrentHashMap<>();
    private final PeriodicTask keeper;

    public Singletons(Jdbi jdbi, String node, Duration lease) {
        this.leases = new NodeLeases(jdbi, Clock.systemUTC());
        this.node = Objects.requireNonNull(node, "node");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.keeper = new PeriodicTask("node-leases", lease.dividedBy(3), Duration.ofSeconds(5));
    }

    /**
     * Whether it is this node's turn to do task {@code name}, asked before each pass. The first call takes the
     * lease if it is free; from then on the keeper renews it or waits for it.
     */
    public BooleanSupplier turn(String name) {
        if (heldUntil.putIfAbsent(name, Optional.empty()) == null) renew(name);
        return () -> holds(name);
    }

    public boolean holds(String name) {
        Optional<Long> until = heldUntil.getOrDefault(name, Optional.empty());
        return until.isPresent() && System.nanoTime() - until.get() < 0;
    }

    public String node() {
        return node;
    }

    public Singletons start() {
        keeper.start(lease.dividedBy(3), this::renewAll);
        return this;
    }

    /** One pass of the keeper: take or renew every lease asked about (tests call it directly). */
    public void renewAll() {
        for (String name : heldUntil.keySet()) renew(name);
    }

    private synchronized void renew(String name) { // the keeper and a first turn() may race
        long asked = System.nanoTime(); // before the statement: the row's expiry is later than this plus the lease
        boolean was = holds(name);
        boolean held;
        try {
            held = leases.hold(name, node, lease);
        } catch (RuntimeException e) {
            log.warn("lease {}: cannot reach the database ({}); the turn ends when the lease runs out", name, e.toString());
            return;
        }
        heldUntil.put(name, held ? Optional.of(asked + lease.toNanos() - lease.toNanos() / 10) : Optional.empty());
        if (held && !was) log.info("lease {}: this node ({}) does it now", name, node);
        if (!held && was) log.warn("lease {}: another node took it over", name);
    }

    /** Stops renewing without giving anything up: what a node killed with SIGKILL leaves (tests). */
    void stopRenewing() {
        keeper.close();
    }

    /** Stops renewing and gives up the leases held, so another node takes them at once. */
    @Override
    public void close() {
        keeper.close();
        for (String name : heldUntil.keySet()) {
            boolean held = holds(name);
            heldUntil.put(name, Optional.empty());
            if (!held) continue;
            try {
                leases.release(name, node);
            } catch (RuntimeException e) {
                log.warn("lease {}: not released ({}); another node takes it when it expires", name, e.toString());
            }
        }
    }
}
