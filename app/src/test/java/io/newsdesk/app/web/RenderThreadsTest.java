package io.newsdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.MDC;

/** Issue 17: pages missing from the cache are rendered in the order they were asked for, off the request's thread. */
class RenderThreadsTest {
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a render that never queues fails, not spins
    void rendersRunInTheOrderTheyWereAskedFor() throws Exception {
        try (RenderThreads renders = new RenderThreads(1)) {
            CountDownLatch held = new CountDownLatch(1);
            renders.execute(() -> await(held)); // the only thread is busy: the next renders queue up
            List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
            List<Thread> askers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                askers.add(Thread.ofVirtual().start(() -> renders.execute(() -> ran.add(n))));
                while (renders.waiting() < i + 1) Thread.onSpinWait(); // asked strictly one after another
            }
            held.countDown();
            for (Thread t : askers) t.join();
            CompletableFuture.runAsync(() -> { }, renders).get(5, TimeUnit.SECONDS); // after all of them
            assertThat(ran).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
        }
    }

    @Test
    void aRenderAskingForAnotherOnTheOnlyThreadDoesNotWaitForItself() throws Exception {
        try (RenderThreads renders = new RenderThreads(1)) {
            String inner = CompletableFuture.supplyAsync(
                    () -> CompletableFuture.supplyAsync(() -> "inner", renders).join(), renders).get(5, TimeUnit.SECONDS);
            assertThat(inner).isEqualTo("inner");
        }
    }

    @Test
    void aRenderLogsWithItsRequestsIdAndLeavesNoneBehind() throws Exception {
        try (RenderThreads renders = new RenderThreads(1)) {
            MDC.put("request_id", "r-1");
            try {
                assertThat(CompletableFuture.supplyAsync(() -> MDC.get("request_id"), renders).get(5, TimeUnit.SECONDS)).isEqualTo("r-1");
            } finally {
                MDC.remove("request_id");
            }
            assertThat(CompletableFuture.supplyAsync(() -> MDC.get("request_id"), renders).get(5, TimeUnit.SECONDS)).isNull();
        }
    }

    @Test
    void thePageCacheRendersOnARenderThreadAndPassesFailuresOnUnchanged() {
        try (RenderThreads renders = new RenderThreads(2)) {
            PageCache cache = new PageCache(Duration.ofMinutes(1), 1024 * 1024, renders);
            String asker = Thread.currentThread().getName();
            RenderedPage page = cache.get("/a", () -> Thread.currentThread().getName().getBytes());
            assertThat(new String(page.body())).startsWith("page-render-").isNotEqualTo(asker);

            IllegalStateException missing = new IllegalStateException("no such page");
            assertThatThrownBy(() -> cache.get("/b", () -> {
                throw missing;
            })).isSameAs(missing);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
