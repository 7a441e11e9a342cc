package io.newsdesk.app.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PeriodicTaskTest {
    private static final Duration SHORT = Duration.ofMillis(10);

    @Test
    void passesRunAgainAndAgainOnANamedDaemonThread() throws Exception {
        CountDownLatch threePasses = new CountDownLatch(3);
        AtomicReference<Thread> thread = new AtomicReference<>();
        try (PeriodicTask task = new PeriodicTask("test-follower", SHORT, Duration.ofSeconds(5))) {
            task.start(Duration.ZERO, () -> {
                thread.set(Thread.currentThread());
                threePasses.countDown();
            });
            assertThat(threePasses.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(thread.get().getName()).isEqualTo("test-follower");
        assertThat(thread.get().isDaemon()).isTrue();
    }

    @Test
    void aFailedPassDoesNotEndTheSchedule() throws Exception {
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch afterFailures = new CountDownLatch(1);
        try (PeriodicTask task = new PeriodicTask("failing", SHORT, Duration.ofSeconds(5))) {
            task.start(Duration.ZERO, () -> {
                int n = passes.incrementAndGet();
                if (n == 1) throw new java.io.IOException("checked, on purpose");
                if (n == 2) throw new IllegalStateException("unchecked, on purpose");
                afterFailures.countDown();
            });
            assertThat(afterFailures.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theFirstPassWaitsForItsDelay() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        try (PeriodicTask task = new PeriodicTask("later", SHORT, Duration.ofSeconds(5))) {
            task.start(Duration.ofMinutes(1), ran::countDown);
            assertThat(ran.await(200, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void closeWaitsForTheRunningPassAndThenNoneStarts() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicInteger passes = new AtomicInteger();
        PeriodicTask task = new PeriodicTask("slow", SHORT, Duration.ofSeconds(5));
        task.start(Duration.ZERO, () -> {
            passes.incrementAndGet();
            started.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            finished.set(true);
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        task.close();
        assertThat(finished).as("close returned only after the pass").isTrue();
        assertThat(interrupted).as("the pass was not interrupted").isFalse();
        int after = passes.get();
        Thread.sleep(100);
        assertThat(passes.get()).isEqualTo(after);
    }

    @Test
    void closingATaskNeverStartedIsFine() {
        new PeriodicTask("idle", SHORT, Duration.ofSeconds(1)).close();
    }
}
