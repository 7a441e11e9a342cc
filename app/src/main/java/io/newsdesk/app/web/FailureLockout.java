package io.newsdesk.app.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locks one key (an account's name) for everyone after too many failures within a window, from whatever addresses
 * they came: the per-account brake on guessing a password that a per-address limit cannot give (in memory, per
 * node). Keys that stayed quiet for a window are forgotten, so names that do not exist cannot fill the memory.
 */
public final class FailureLockout {
    private static final int MAX_KEYS = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, State> states = new HashMap<>();

    private static final class State {
        final Deque<Long> failures = new ArrayDeque<>();
        long lockedUntil;
    }

    public FailureLockout(int maxFailures, Duration window, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    public synchronized boolean locked(String key) {
        State s = states.get(key);
        return s != null && clock.millis() < s.lockedUntil;
    }

    /** Counts one failure; the one that reaches the limit starts the lockout. */
    public synchronized void failed(String key) {
        long now = clock.millis();
        if (states.size() >= MAX_KEYS) forgetQuiet(now);
        State s = states.computeIfAbsent(key, k -> new State());
        while (!s.failures.isEmpty() && s.failures.peekFirst() <= now - window.toMillis()) s.failures.pollFirst();
        s.failures.addLast(now);
        if (s.failures.size() >= maxFailures) {
            s.lockedUntil = now + lockout.toMillis();
            s.failures.clear();
        }
    }

    /** Lifts a lockout (an admin's decision) and forgets the key's failures; returns whether it was locked. */
    public synchronized boolean lift(String key) {
        State s = states.remove(key);
        return s != null && clock.millis() < s.lockedUntil;
    }

    public synchronized List<String> lockedKeys() {
        long now = clock.millis();
        return states.entrySet().stream().filter(e -> now < e.getValue().lockedUntil).map(Map.Entry::getKey).sorted().toList();
    }

    private void forgetQuiet(long now) {
        states.values().removeIf(s -> now >= s.lockedUntil
                && (s.failures.isEmpty() || s.failures.peekLast() <= now - window.toMillis()));
        // a flood of fresh names: forget counts that have not locked anything rather than grow (lockouts stay)
        if (states.size() >= MAX_KEYS) states.values().removeIf(s -> now >= s.lockedUntil);
    }
}
