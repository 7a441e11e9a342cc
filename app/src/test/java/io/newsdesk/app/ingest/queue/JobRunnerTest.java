package io.newsdesk.app.ingest.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.ManualClock;
import io.newsdesk.app.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunnerTest {
    @TempDir
    Path dir;

    @Test
    void runsHandlersCompletesSuccessesAndRecordsFailures() {
        ManualClock clock = new ManualClock(Instant.parse("2025-03-01T12:00:00Z"));
        try (Database db = Database.sqlite(dir)) {
            JobQueue queue = new JobQueue(db.jdbi(), clock, new JobQueue.Options(2, Duration.ofSeconds(1), Duration.ofSeconds(1)), new SplittableRandom(1));
            List<String> seen = new CopyOnWriteArrayList<>();
            JobRunner runner = new JobRunner(queue, "r1", Map.of("echo", job -> {
                if (job.payload().contains("bad")) throw new IllegalStateException("cannot parse " + job.payload());
                seen.add(job.payload());
            }), Duration.ofMinutes(1), 10, Duration.ofMillis(10));
            queue.enqueue("echo", "ok", "good");
            queue.enqueue("echo", "ko", "bad");
            queue.enqueue("other", "ignored", "x");

            assertThat(runner.runOnce()).isEqualTo(2);
            assertThat(seen).containsExactly("good");
            assertThat(queue.findByDedupeKey("ok").orElseThrow().state()).isEqualTo(JobState.DONE);
            Job failed = queue.findByDedupeKey("ko").orElseThrow();
            assertThat(failed.state()).isEqualTo(JobState.FAILED);
            assertThat(failed.lastError()).isEqualTo("IllegalStateException: cannot parse bad");
            assertThat(runner.runOnce()).isZero(); // backing off

            clock.advance(Duration.ofSeconds(1));
            assertThat(runner.runOnce()).isEqualTo(1);
            assertThat(queue.findByDedupeKey("ko").orElseThrow().state()).isEqualTo(JobState.DEAD);
            assertThat(queue.findByDedupeKey("ignored").orElseThrow().state()).isEqualTo(JobState.QUEUED);
        }
    }

    /**
     * Issue 18 (10): a handler that overflows the stack (a regular expression on hostile text does) or meets a
     * missing class fails its job like any exception; before, the error ended the worker with the job still
     * leased to it, so {@code import --once} waited out the lease and a serving node lost a worker for good.
     */
    @Test
    void errorsOfAJobFailThatJobAndTheRunnerGoesOn() {
        try (Database db = Database.sqlite(dir)) {
            JobQueue queue = new JobQueue(db.jdbi());
            List<String> seen = new CopyOnWriteArrayList<>();
            JobRunner runner = new JobRunner(queue, "r1", Map.of("echo", job -> {
                switch (job.payload()) {
                    case "deep" -> throw new StackOverflowError();
                    case "linkage" -> throw new NoSuchMethodError("Dates.parseW3c");
                    default -> seen.add(job.payload());
                }
            }), Duration.ofMinutes(5), 10, Duration.ofMillis(10));
            queue.enqueue("echo", "a", "deep");
            queue.enqueue("echo", "b", "linkage");
            queue.enqueue("echo", "c", "fine");

            assertThat(runner.runOnce()).isEqualTo(3);
            assertThat(seen).containsExactly("fine");
            Job deep = queue.findByDedupeKey("a").orElseThrow(), linkage = queue.findByDedupeKey("b").orElseThrow();
            assertThat(deep.state()).isEqualTo(JobState.FAILED);
            assertThat(deep.lastError()).isEqualTo("StackOverflowError");
            assertThat(linkage.state()).isEqualTo(JobState.FAILED);
            assertThat(linkage.lastError()).isEqualTo("NoSuchMethodError: Dates.parseW3c");
            assertThat(queue.findByDedupeKey("c").orElseThrow().state()).isEqualTo(JobState.DONE);
        }
    }

    @Test
    void startedRunnerProcessesJobsAndStopsCleanly() throws Exception {
        try (Database db = Database.sqlite(dir)) {
            JobQueue queue = new JobQueue(db.jdbi());
            CountDownLatch done = new CountDownLatch(5);
            JobRunner runner = new JobRunner(queue, "r1", Map.of("echo", job -> done.countDown()), Duration.ofMinutes(1), 2, Duration.ofMillis(5));
            for (int i = 0; i < 5; i++) queue.enqueue("echo", "k" + i, "{}");
            runner.start();
            try {
                assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                runner.stop();
            }
            // stop() returns only after the loop ended; the completions are all stored by then
            assertThat(queue.counts()).containsEntry(JobState.DONE, 5L);
            runner.stop(); // idempotent
        }
    }

    @Test
    void aStopDuringABatchWaitsForTheRunningJobOnlyAndGivesTheOthersBackUncounted() throws Exception {
        try (Database db = Database.sqlite(dir)) {
            JobQueue queue = new JobQueue(db.jdbi());
            List<String> ran = new CopyOnWriteArrayList<>();
            CountDownLatch firstStarted = new CountDownLatch(1), mayFinish = new CountDownLatch(1);
            JobRunner runner = new JobRunner(queue, "r1", Map.of("slow", job -> {
                ran.add(job.dedupeKey());
                firstStarted.countDown();
                assertThat(mayFinish.await(30, TimeUnit.SECONDS)).isTrue();
            }), Duration.ofMinutes(10), 4, Duration.ofMillis(5));
            for (int i = 0; i < 4; i++) queue.enqueue("slow", "k" + i, "{}");
            runner.start();
            assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
            runner.requestStop(); // as the pipeline tells all its runners before waiting for any
            mayFinish.countDown();
            runner.stop(); // waits for the running job only

            assertThat(ran).hasSize(1);
            assertThat(queue.counts()).containsEntry(JobState.DONE, 1L).containsEntry(JobState.QUEUED, 3L);
            assertThat(queue.leaseOwners()).as("no lease left to run out").isEmpty();
            for (int i = 0; i < 4; i++) {
                Job job = queue.findByDedupeKey("k" + i).orElseThrow();
                if (job.state() == JobState.QUEUED) assertThat(job.attempts()).as("not started: not an attempt").isZero();
            }
            JobRunner next = new JobRunner(queue, "r2", Map.of("slow", job -> ran.add(job.dedupeKey())), Duration.ofMinutes(10), 4,
                    Duration.ofMillis(5));
            assertThat(next.runOnce()).as("taken at once by the next runner").isEqualTo(3);
            assertThat(ran).containsExactlyInAnyOrder("k0", "k1", "k2", "k3");
        }
    }

    @Test
    void aHandlerCompletesItsJobInItsOwnTransactionOnlyWhenTheTransactionCommits() {
        ManualClock clock = new ManualClock(Instant.parse("2025-03-01T12:00:00Z"));
        try (Database db = Database.sqlite(dir)) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE work (payload TEXT)"));
            JobQueue queue = new JobQueue(db.jdbi(), clock, new JobQueue.Options(3, Duration.ofSeconds(1), Duration.ofSeconds(1)), new SplittableRandom(1));
            JobRunner runner = new JobRunner(queue, "r1", Map.of("write", job -> db.jdbi().useTransaction(h -> {
                assertThat(queue.complete(h, job)).isTrue();
                h.createUpdate("INSERT INTO work (payload) VALUES (:p)").bind("p", job.payload()).execute();
                if (job.payload().equals("rollback")) throw new IllegalStateException("refused after completing");
            })), Duration.ofMinutes(1), 10, Duration.ofMillis(10));
            queue.enqueue("write", "a", "commit");
            queue.enqueue("write", "b", "rollback");

            assertThat(runner.runOnce()).isEqualTo(2);
            // committed: done with its work, and the runner did not complete it a second time (no warning, no error)
            Job committed = queue.findByDedupeKey("a").orElseThrow();
            assertThat(committed.state()).isEqualTo(JobState.DONE);
            assertThat(committed.lastError()).isNull();
            // rolled back: the completion went with the work, and the job failed with the handler's reason
            Job rolledBack = queue.findByDedupeKey("b").orElseThrow();
            assertThat(rolledBack.state()).isEqualTo(JobState.FAILED);
            assertThat(rolledBack.lastError()).isEqualTo("IllegalStateException: refused after completing");
            List<String> work = db.jdbi().withHandle(h -> h.createQuery("SELECT payload FROM work").mapTo(String.class).list());
            assertThat(work).containsExactly("commit");
        }
    }
}
