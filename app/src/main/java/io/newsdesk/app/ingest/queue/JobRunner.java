package io.newsdesk.app.ingest.queue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker loop over a {@link JobQueue}: claims jobs of the kinds it has handlers for, runs each handler,
 * and completes the job or records the failure (the queue retries with backoff). {@link #runOnce()} is one
 * pass, for tests and for {@code import --once}; {@link #start()} runs passes on a thread until {@link #stop()}.
 */
public final class JobRunner implements AutoCloseable {
    /**
     * The work for one kind of job; throwing fails the attempt with the exception as the reason. A handler that
     * writes in a transaction may complete its job there ({@link JobQueue#complete(org.jdbi.v3.core.Handle, Job)}).
     */
    @FunctionalInterface
    public interface Handler {
        void handle(Job job) throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobQueue queue;
    private final String owner;
    private final Map<String, Handler> handlers;
    private final Duration lease;
    private final int batch;
    private final Duration idlePause;
    private final JobQueue.Scope scope;
    private final Object lock = new Object();
    private volatile boolean running;
    /** Set by {@link #requestStop()} (and so by {@link #stop()}): the jobs of the batch not started yet are given back instead of run. */
    private volatile boolean stopping;
    private Thread thread;

    public JobRunner(JobQueue queue, String owner, Map<String, Handler> handlers, Duration lease, int batch, Duration idlePause) {
        this(queue, owner, handlers, lease, batch, idlePause, JobQueue.Scope.ALL);
    }

    /** A runner that takes only the jobs in {@code scope}. */
    public JobRunner(JobQueue queue, String owner, Map<String, Handler> handlers, Duration lease, int batch, Duration idlePause,
            JobQueue.Scope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.handlers = Map.copyOf(handlers);
        if (this.handlers.isEmpty()) throw new IllegalArgumentException("no handlers");
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.batch = batch;
        this.idlePause = Objects.requireNonNull(idlePause, "idlePause");
    }

    /** Claims one batch and runs it; returns how many jobs were run (0 when nothing was due). */
    public int runOnce() {
        List<Job> jobs = queue.claim(owner, handlers.keySet(), lease, batch, scope);
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            // stopping: the jobs not started go back to the queue at once instead of each taking its turn (a fetch
            // waits for its host's politeness delay), so a stop waits for the running job only
            if (stopping) {
                queue.release(job, owner);
                continue;
            }
            // a job that waited behind others of its batch is renewed before it starts; if its lease ran out and
            // another worker (another node) took it meanwhile, it is theirs and not run twice
            if (i > 0 && !queue.extendLease(job, owner, lease)) {
                log.info("job {} ({}) was taken over while it waited in the batch; left to its new owner", job.id(), job.kind());
                continue;
            }
            try {
                handlers.get(job.kind()).handle(job);
                if (!queue.completedByHandler(job) && !queue.complete(job, owner)) {
                    log.warn("job {} ({}) finished after its lease was taken over; result left to the new owner", job.id(), job.kind());
                }
            } catch (InterruptedException e) {
                queue.completedByHandler(job);
                Thread.currentThread().interrupt();
                queue.fail(job, owner, "interrupted: worker stopping");
                break;
            } catch (PermanentFailure e) {
                if (queue.completedByHandler(job)) continue;
                queue.failPermanently(job, owner, e.getMessage());
            } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
                // an error of the job's own making (a regular expression overflowing the stack on hostile text, a
                // missing class) fails that job: left uncaught it would end the worker with the job leased to it,
                // and import --once would wait out the lease; only the machine's own distress (out of memory) ends it
                if (e instanceof Error) log.warn("job {} ({}) failed with {}", job.id(), job.kind(), e.toString());
                if (queue.completedByHandler(job)) continue; // its work was committed before the handler failed
                String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                queue.fail(job, owner, reason);
            }
        }
        return jobs.size();
    }

    /** Runs passes on a background thread, pausing {@code idlePause} whenever nothing was due. */
    public void start() {
        synchronized (lock) {
            if (thread != null) throw new IllegalStateException("already started");
            running = true;
            stopping = false;
            thread = Thread.ofPlatform().name("job-runner-" + owner).daemon(true).start(this::loop);
        }
    }

    private void loop() {
        while (running) {
            int ran;
            try {
                ran = runOnce();
            } catch (RuntimeException e) {
                log.error("job runner pass failed", e);
                ran = 0;
            }
            if (Thread.currentThread().isInterrupted()) return;
            if (ran == 0) {
                synchronized (lock) {
                    if (!running) return;
                    try {
                        lock.wait(Math.max(1, idlePause.toMillis()));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * Stops the loop: no new batch is claimed, an idle pause is cut short, and the call waits for the current
     * job to finish. Jobs of the batch that were not started are given back to the queue.
     */
    public void stop() throws InterruptedException {
        requestStop();
        Thread t;
        synchronized (lock) {
            t = thread;
            thread = null;
        }
        if (t != null) t.join();
    }

    /** {@link #stop()} without the wait: several runners told at once end together, not one after another. */
    public void requestStop() {
        synchronized (lock) {
            running = false;
            stopping = true;
            lock.notifyAll();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
