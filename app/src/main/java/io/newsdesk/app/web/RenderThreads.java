package io.newsdesk.app.web;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;

/**
 * The threads that render pages missing from the {@link PageCache}: a few platform threads that take renders in the
 * order they were asked for.
 *
 * <p>Rendered on the requests' own virtual threads, pages were not served in arrival order under load: at 64 concurrent
 * readers of distinct articles the slowest request in a hundred took 6 to 15 times the median (p99 170–400 ms, p50 27 ms,
 * 200,000 articles), and a few waited past 2 s. Taken in arrival order by these threads, p99 is about 47 ms, and the
 * server renders more pages a second, not fewer (docs/benchmarks.md, 5 December 2026, 15:20 UTC). The request's virtual
 * thread waits for its render and writes the page itself, so a slow reader holds that virtual thread, never one of
 * these.
 */
public final class RenderThreads implements Executor, AutoCloseable {
    private final ThreadPoolExecutor threads;

    /**
     * @param count at most this many renders at once; more would mostly wait for the database's connections and the
     *              cores, fewer would leave them idle while a render waits for a networked database
     */
    public RenderThreads(int count) {
        AtomicInteger made = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(count, count, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread t = new RenderThread(work, "page-render-" + made.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        threads.allowCoreThreadTimeOut(true); // an idle site (and a test's many sites) keeps no threads
    }

    /**
     * Four per core. On 2 cores with SQLite, 4 and 8 threads held the same tail and 8 rendered a little more; a database
     * larger than the memory's page cache waits on reads, which more threads overlap.
     */
    public static RenderThreads forThisMachine() {
        return new RenderThreads(4 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs {@code render} after those asked for before it, with the caller's logging context (its request id); on a
     * render thread already, at once (a render never waits for a thread held by itself).
     */
    @Override
    public void execute(Runnable render) {
        if (Thread.currentThread() instanceof RenderThread) {
            render.run();
            return;
        }
        Map<String, String> context = MDC.getCopyOfContextMap();
        threads.execute(() -> {
            if (context != null) MDC.setContextMap(context);
            try {
                render.run();
            } finally {
                MDC.clear();
            }
        });
    }

    /** Whether {@code thread} is one of these (a test that watches what requests do watches these threads too). */
    public static boolean isRenderThread(Thread thread) {
        return thread instanceof RenderThread;
    }

    /** Renders waiting for a thread. */
    int waiting() {
        return threads.getQueue().size();
    }

    @Override
    public void close() {
        threads.shutdown();
    }

    private static final class RenderThread extends Thread {
        RenderThread(Runnable work, String name) {
            super(work, name);
        }
    }
}
