package io.newsdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 18.2: many distinct URLs cannot grow the page cache past its byte bound. */
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
}
