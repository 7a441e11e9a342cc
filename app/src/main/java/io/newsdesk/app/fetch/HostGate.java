package io.newsdesk.app.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: at most one request at a time, and at least {@code minDelay} between the end of one
 * request and the start of the next. Fair locks so that a waiting fetch is not starved.
 *
 * <p>One small slot per host ever contacted; the set of hosts is bounded by the configured sources.
 */
final class HostGate {
    interface Task<T> {
        T run() throws FetchFailure;
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEnd; // System.nanoTime() of the last release, guarded by lock
        boolean used;
    }

    private final long minDelayNanos;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    HostGate(Duration minDelay) {
        this.minDelayNanos = Math.max(0, minDelay.toNanos());
    }

    <T> T call(String host, Task<T> task) throws FetchFailure {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
        try {
            slot.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailure(FailureCause.INTERRUPTED, "interrupted while waiting for host " + host);
        }
        try {
            if (slot.used) {
                long wait = slot.lastEnd + minDelayNanos - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            return task.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailure(FailureCause.INTERRUPTED, "interrupted while waiting for host " + host);
        } finally {
            slot.used = true;
            slot.lastEnd = System.nanoTime();
            slot.lock.unlock();
        }
    }
}
