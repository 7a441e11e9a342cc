package io.newsdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 18.2: many distinct URLs cannot grow the page cache past its byte bound. Issue 17: a page is rendered once
 * however many ask for it at the same moment, and a page rendered from content that changed meanwhile is not kept.
 */
class PageCacheTest {
    @Test
    void manyDistinctPagesStayUnderTheByteBound() {
        long bound = 2L * 1024 * 1024;
        PageCache cache = new PageCache(Duration.ofMinutes(1), bound);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] page = new byte[8 * 1024];
            random.nextBytes(page); // incompressible: the gzip copy is as large as the page
            int n = i;
            cache.get("/section/world?page=" + n, () -> page);
        }
        assertThat(cache.weightedBytes()).isPositive().isLessThanOrEqualTo(bound);
    }

    @Test
    void anUnchangedPageKeepsItsLastModifiedAfterEviction() throws Exception {
        PageCache cache = new PageCache(Duration.ofMillis(1), 1024 * 1024);
        RenderedPage first = cache.get("/", () -> "<p>same</p>".getBytes());
        Thread.sleep(1100);
        RenderedPage again = cache.get("/", () -> "<p>same</p>".getBytes());
        assertThat(again).isNotSameAs(first);
        assertThat(again.lastModified()).isEqualTo(first.lastModified());
    }

    @Test
    void concurrentRequestsForOnePageWaitForOneRender() throws Exception {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 1024 * 1024);
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<byte[]> slow = () -> {
            renders.incrementAndGet();
            started.countDown();
            await(release);
            return "<p>one</p>".getBytes();
        };
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<RenderedPage> first = readers.submit(() -> cache.get("/a", slow));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<RenderedPage>> others = new ArrayList<>();
            for (int i = 0; i < 20; i++) others.add(readers.submit(() -> cache.get("/a", slow)));
            // another page is not held up by the render in progress
            assertThat(cache.get("/b", () -> "<p>b</p>".getBytes()).body()).isEqualTo("<p>b</p>".getBytes());
            release.countDown();
            RenderedPage page = first.get(10, TimeUnit.SECONDS);
            for (Future<RenderedPage> f : others) assertThat(f.get(10, TimeUnit.SECONDS).etag()).isEqualTo(page.etag());
        }
        assertThat(renders).hasValue(1);
        assertThat(cache.misses()).isEqualTo(2); // "/a" and "/b"
    }

    @Test
    void aPageRenderedWhileContentChangedAnswersItsRequestButIsNotKept() {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 1024 * 1024);
        AtomicInteger renders = new AtomicInteger();
        RenderedPage during = cache.get("/", () -> {
            renders.incrementAndGet();
            cache.invalidateAll(); // an article was published while this page was being read
            return "<p>before</p>".getBytes();
        });
        assertThat(during.body()).isEqualTo("<p>before</p>".getBytes());
        assertThat(cache.peek("/")).isNull();
        RenderedPage after = cache.get("/", () -> {
            renders.incrementAndGet();
            return "<p>after</p>".getBytes();
        });
        assertThat(after.body()).isEqualTo("<p>after</p>".getBytes());
        assertThat(cache.peek("/")).isNotNull();
        assertThat(renders).hasValue(2);
    }

    @Test
    void aFailedRenderFailsThoseWaitingForItWithItsOwnErrorAndKeepsNothing() throws Exception {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 1024 * 1024);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        class NotFound extends RuntimeException {}
        Supplier<byte[]> failing = () -> {
            started.countDown();
            await(release);
            throw new NotFound();
        };
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<RenderedPage> first = readers.submit(() -> cache.get("/gone", failing));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<RenderedPage> waiting = readers.submit(() -> cache.get("/gone", failing));
            Thread.sleep(100); // let it find the render in progress
            release.countDown();
            for (Future<RenderedPage> f : List.of(first, waiting)) {
                assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFound.class);
            }
        }
        assertThat(cache.peek("/gone")).isNull();
        assertThat(cache.get("/gone", () -> "<p>back</p>".getBytes()).body()).isEqualTo("<p>back</p>".getBytes());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
