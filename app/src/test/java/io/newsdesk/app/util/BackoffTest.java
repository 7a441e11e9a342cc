package io.newsdesk.app.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void withoutJitterTheWaitGrowsByTheFactorUpToTheCap() {
        Backoff b = Backoff.doubling(Duration.ofSeconds(30), Duration.ofMinutes(30));
        assertThat(b.delay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(b.delay(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(b.delay(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(b.delay(7)).isEqualTo(Duration.ofMinutes(30)); // 32 minutes, capped
        assertThat(b.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(30));
        assertThat(new Backoff(Duration.ofMillis(10), Duration.ofSeconds(10), 3, 0).delay(3)).isEqualTo(Duration.ofMillis(90));
    }

    @Test
    void edgesAreCappedAndNeverOverflow() {
        assertThat(Backoff.doubling(Duration.ofSeconds(5), Duration.ofSeconds(5)).delay(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Backoff.doubling(Duration.ofHours(8), Duration.ofHours(6)).delay(1)).as("a base above the cap")
                .isEqualTo(Duration.ofHours(6));
        assertThat(Backoff.doubling(Duration.ZERO, Duration.ofSeconds(1)).delay(Integer.MAX_VALUE)).isZero();
        Duration huge = Duration.ofMillis(Long.MAX_VALUE - 1);
        assertThat(Backoff.doubling(Duration.ofMillis(Long.MAX_VALUE / 3), huge).delay(64)).isEqualTo(huge);
    }

    @Test
    void jitterTakesUpToItsShareOffTheWait() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), 2, 0.5);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(b.delay(1).toMillis()).isBetween(50L, 100L);
            assertThat(b.delay(3).toMillis()).isBetween(200L, 400L);
            long capped = b.delay(20).toMillis();
            assertThat(capped).isBetween(500L, 1000L);
            seen.add(capped);
        }
        assertThat(seen).as("the random part spreads the waits").hasSizeGreaterThan(10);
    }

    @Test
    void theRandomPartComesFromTheGivenGeneratorAndNoDrawIsMadeWithoutOne() {
        Backoff b = new Backoff(Duration.ofMillis(1000), Duration.ofMillis(60_000), 2, 0.5);
        assertThat(b.delay(4, new SplittableRandom(7))).isEqualTo(b.delay(4, new SplittableRandom(7)));

        RandomGenerator none = () -> {
            throw new AssertionError("no random part to draw");
        };
        assertThat(Backoff.doubling(Duration.ofMillis(100), Duration.ofSeconds(1)).delay(2, none)).isEqualTo(Duration.ofMillis(200));
        assertThat(new Backoff(Duration.ofMillis(1), Duration.ofMillis(1), 2, 0.5).delay(1, none)).as("half of 1 ms is 0 ms")
                .isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-1), Duration.ofSeconds(1), 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
