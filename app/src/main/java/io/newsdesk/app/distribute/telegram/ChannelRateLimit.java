package io.newsdesk.app.distribute.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's limits for one channel, kept on our side so that 429s stay rare: at most one call a second and
 * twenty a minute (every call counts: sends, edits and deletions), and a pause when Telegram asks for one
 * with {@code retry_after}. Waits end early when the poster stops.
 */
final class ChannelRateLimit {
    private final Duration minGap;
    private final int perMinute;
    private final CountDownLatch stopping;
    private final ArrayDeque<Long> recent = new ArrayDeque<>(); // nanoTime of the calls in the last minute
    private long holdUntil = Long.MIN_VALUE;

    ChannelRateLimit(Duration minGap, int perMinute, CountDownLatch stopping) {
        this.minGap = minGap;
        this.perMinute = perMinute;
        this.stopping = stopping;
    }

    static ChannelRateLimit telegramDefaults(CountDownLatch stopping) {
        return new ChannelRateLimit(Duration.ofSeconds(1), 20, stopping);
    }

    /** Waits until a call may be made and counts it; false when the poster is stopping. */
    synchronized boolean acquire() {
        while (true) {
            long now = System.nanoTime();
            long minute = TimeUnit.MINUTES.toNanos(1);
            while (!recent.isEmpty() && now - recent.peekFirst() >= minute) recent.pollFirst();
            long wait = 0;
            if (!recent.isEmpty()) wait = Math.max(wait, recent.peekLast() + minGap.toNanos() - now);
            if (recent.size() >= perMinute) wait = Math.max(wait, recent.peekFirst() + minute - now);
            if (holdUntil != Long.MIN_VALUE) wait = Math.max(wait, holdUntil - now);
            if (wait <= 0) {
                recent.addLast(now);
                return true;
            }
            if (!sleep(wait)) return false;
        }
    }

    /**
     * The call counted by the last {@link #acquire} has ended: the gap is measured from here, so that even a
     * slow call arrives at Telegram at least {@code minGap} after the previous one did.
     */
    synchronized void finished() {
        if (!recent.isEmpty()) {
            recent.pollLast();
            recent.addLast(System.nanoTime());
        }
    }

    /** Telegram said "retry after": no call before then. */
    synchronized void hold(Duration d) {
        holdUntil = System.nanoTime() + d.toNanos();
    }

    /** Sleeps unless the poster stops first; false when it is stopping. */
    boolean sleep(long nanos) {
        try {
            return !stopping.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
