package io.newsdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpCachingTest {
    @Test
    void gzipOnlyWhenTheClientTakesIt() {
        assertThat(HttpCaching.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(HttpCaching.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(HttpCaching.acceptsGzip("*")).isTrue();
        assertThat(HttpCaching.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(HttpCaching.acceptsGzip("gzip; q=0.0, identity")).isFalse();
        assertThat(HttpCaching.acceptsGzip("deflate")).isFalse();
        assertThat(HttpCaching.acceptsGzip(null)).isFalse();
    }

    @Test
    void notModifiedByEtagFirstThenByDate() {
        RenderedPage page = RenderedPage.of("<p>x</p>".getBytes(), null);
        assertThat(HttpCaching.notModified(page.etag(), null, page)).isTrue();
        assertThat(HttpCaching.notModified("W/" + page.etag() + ", \"other\"", null, page)).isTrue();
        assertThat(HttpCaching.notModified("\"other\"", page.lastModifiedHeader(), page)).isFalse();
        assertThat(HttpCaching.notModified(null, page.lastModifiedHeader(), page)).isTrue();
        assertThat(HttpCaching.notModified(null, "Thu, 01 Jan 1970 00:00:00 GMT", page)).isFalse();
        assertThat(HttpCaching.notModified(null, "not a date", page)).isFalse();
    }

    @Test
    void unchangedRenderingKeepsItsLastModifiedTime() throws Exception {
        RenderedPage first = RenderedPage.of("<p>x</p>".getBytes(), null);
        Thread.sleep(1100);
        assertThat(RenderedPage.of("<p>x</p>".getBytes(), first).lastModified()).isEqualTo(first.lastModified());
        assertThat(RenderedPage.of("<p>y</p>".getBytes(), first).lastModified()).isAfter(first.lastModified());
    }
}
