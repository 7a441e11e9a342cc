package io.newsdesk.app.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Progress of a long command on stderr. On a terminal one status line is redrawn in place a few times a
 * second and event lines scroll above it; elsewhere (a pipe, a log file, a test) events are printed as lines
 * and the status once at the end, so logs stay readable.
 */
final class ProgressDisplay {
    private static final String CLEAR_LINE = "\r\033[K";
    private final PrintWriter err;
    private final boolean terminal;
    private volatile Supplier<String> status = () -> "";
    private Thread ticker;

    ProgressDisplay(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    synchronized void event(String line) {
        if (terminal) err.print(CLEAR_LINE);
        err.println(line);
        if (terminal) err.print(status.get());
        err.flush();
    }

    void start(Supplier<String> status) {
        this.status = status;
        if (!terminal) return;
        ticker = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (this) {
                    err.print(CLEAR_LINE + status.get());
                    err.flush();
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    void stop() throws InterruptedException {
        if (ticker != null) {
            ticker.interrupt();
            ticker.join();
            ticker = null;
        }
        synchronized (this) {
            if (terminal) err.print(CLEAR_LINE);
            err.println(status.get());
            err.flush();
        }
    }
}
