package io.newsdesk.bench;

import java.util.List;
import java.util.function.Function;

/**
 * Pages per second of one system (page to plain text) on one thread, after warm-up passes over
 * all the pages; then whole passes until at least the given time has passed.
 */
final class Speed {
    /** Guards against dead-code elimination of the results. */
    static volatile long sink;

    private Speed() {}

    record Result(double pagesPerSecond, long pages, double seconds) {}

    static Result measure(List<Systems.Page> pages, Function<Systems.Page, String> system, int warmupPasses, double minSeconds) {
        long blackhole = 0;
        for (int pass = 0; pass < warmupPasses; pass++) {
            for (Systems.Page page : pages) blackhole += run(system, page);
        }
        long count = 0;
        long start = System.nanoTime(), limit = (long) (minSeconds * 1e9), elapsed;
        do {
            for (Systems.Page page : pages) blackhole += run(system, page);
            count += pages.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < limit);
        sink = blackhole;
        double seconds = elapsed / 1e9;
        return new Result(count / seconds, count, seconds);
    }

    private static int run(Function<Systems.Page, String> system, Systems.Page page) {
        try {
            String out = system.apply(page);
            return out == null ? 0 : out.length();
        } catch (RuntimeException e) {
            return 1;
        }
    }
}
