package io.newsdesk.app.util;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that follows the database on its own: passes on one daemon thread, each starting a fixed delay after the
 * previous one ended (a slow pass is never overlapped). A pass that throws is logged and the next one still
 * comes; {@link #close()} stops the schedule and waits for a running pass rather than interrupting it, so no
 * pass is cut off halfway.
 */
public final class PeriodicTask implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    /** One pass of the work. */
    @FunctionalInterface
    public interface Pass {
        void run() throws Exception;
    }

    private final String name;
    private final Duration delay;
    private final Duration closeWait;
    private final ScheduledExecutorService timer;

    /**
     * @param name      the thread's name, also the task's name in the log
     * @param delay     from the end of one pass to the start of the next
     * @param closeWait how long {@link #close()} waits for a running pass
     */
    public PeriodicTask(String name, Duration delay, Duration closeWait) {
        this.name = Objects.requireNonNull(name, "name");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.closeWait = Objects.requireNonNull(closeWait, "closeWait");
        // the executor makes its thread at the first pass: a task never started costs no thread
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code pass} after {@code firstDelay}, then again {@code delay} after each pass, until closed. */
    public PeriodicTask start(Duration firstDelay, Pass pass) {
        Objects.requireNonNull(pass, "pass");
        timer.scheduleWithFixedDelay(() -> runLogged(pass), firstDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * As {@link #start(Duration, Pass)}, but a pass runs only while {@code turn} says so: work that one node of a
     * site does at a time (the others' passes are skipped while another node holds the turn).
     */
    public PeriodicTask start(Duration firstDelay, java.util.function.BooleanSupplier turn, Pass pass) {
        Objects.requireNonNull(turn, "turn");
        return start(firstDelay, () -> {
            if (turn.getAsBoolean()) pass.run();
        });
    }

    private void runLogged(Pass pass) {
        try {
            pass.run();
        } catch (Exception e) {
            // caught, because an exception escaping a scheduled run silently cancels all later runs
            log.warn("{}: a pass failed; the next one starts in {} ms", name, delay.toMillis(), e);
        }
    }

    /** Stops the schedule; waits up to {@code closeWait} for a pass that is running. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(closeWait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not finish its pass within {} ms", name, closeWait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
