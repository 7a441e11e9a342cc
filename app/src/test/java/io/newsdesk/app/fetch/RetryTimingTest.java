package io.newsdesk.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryTimingTest {
    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 10:01:30 GMT", now)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO); // in the past
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse("-5", now)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", now)).isNull();
        assertThat(RetryAfter.parse(null, now)).isNull();
    }

    @Test
    void backoffGrowsExponentiallyWithJitterAndIsCapped() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(10));
        for (int i = 0; i < 100; i++) {
            assertThat(p.backoff(1).toMillis()).isBetween(50L, 100L);
            assertThat(p.backoff(2).toMillis()).isBetween(100L, 200L);
            assertThat(p.backoff(3).toMillis()).isBetween(200L, 400L);
            assertThat(p.backoff(10).toMillis()).isBetween(500L, 1000L);
            assertThat(p.backoff(100).toMillis()).isBetween(500L, 1000L);
        }
    }
}
