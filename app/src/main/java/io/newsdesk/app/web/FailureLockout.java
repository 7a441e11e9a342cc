package io.newsdesk.app.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Locks one action for everyone after too many failures within a window, from whatever addresses they came:
 * the per-account brake on guessing a password that a per-address limit cannot give (in memory, per node).
 */
public final class FailureLockout {
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Deque<Long> failures = new ArrayDeque<>();
    private long lockedUntil;

    public FailureLockout(int maxFailures, Duration window, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    public synchronized boolean locked() {
        return clock.millis() < lockedUntil;
    }

    /** Counts one failure; the one that reaches the limit starts the lockout. */
    public synchronized void failed() {
        long now = clock.millis();
        while (!failures.isEmpty() && failures.peekFirst() <= now - window.toMillis()) failures.pollFirst();
        failures.addLast(now);
        if (failures.size() >= maxFailures) {
            lockedUntil = now + lockout.toMillis();
            failures.clear();
        }
    }
}
