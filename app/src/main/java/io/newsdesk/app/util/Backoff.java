package io.newsdesk.app.util;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff, in whole milliseconds: after the n-th failure in a row the wait is
 * {@code min(cap, base * factor^(n-1))}, less a random part of up to {@code jitter} of it, so that callers that
 * failed together do not all retry at the same moment.
 *
 * @param base   the wait after the first failure
 * @param cap    the longest wait (a base above it is capped too)
 * @param factor what each further failure multiplies the wait by
 * @param jitter the share of the wait that is random, 0 to 1: 0 always waits the full time, 0.5 waits between
 *               half of it and all of it
 */
public record Backoff(Duration base, Duration cap, int factor, double jitter) {
    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || cap.isNegative()) throw new IllegalArgumentException("base and cap must not be negative");
        if (factor < 1) throw new IllegalArgumentException("factor must be at least 1");
        if (!(jitter >= 0 && jitter <= 1)) throw new IllegalArgumentException("jitter must be between 0 and 1");
    }

    /** Doubling, without randomness. */
    public static Backoff doubling(Duration base, Duration cap) {
        return new Backoff(base, cap, 2, 0);
    }

    /** The wait after failure number {@code failures} (1 for the first; less counts as 1). */
    public Duration delay(int failures) {
        return delay(failures, ThreadLocalRandom.current());
    }

    /** The same, drawing the random part from {@code random} (no draw is made when there is none). */
    public Duration delay(int failures, RandomGenerator random) {
        long capMillis = cap.toMillis();
        long wait = Math.min(base.toMillis(), capMillis);
        boolean grows = wait > 0 && factor > 1; // else the loop would spin through a large count for nothing
        for (int n = 1; grows && n < failures && wait < capMillis; n++) {
            wait = wait > capMillis / factor ? capMillis : wait * factor; // compared first: never overflows
        }
        long spread = (long) (wait * jitter);
        return Duration.ofMillis(spread == 0 ? wait : wait - random.nextLong(spread + 1));
    }
}
