package io.newsdesk.app.ingest.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.ManualClock;
import io.newsdesk.app.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import io.newsdesk.app.store.TestDatabase;

/** The queue on SQLite and on PostgreSQL (where a claim locks with SKIP LOCKED). */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class JobQueueTest {
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final List<String> FETCH = List.of("fetch");

    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    TestDatabase.Place place;
    Database db;
    ManualClock clock;
    JobQueue queue;

    @BeforeEach
    void open() {
        place = database.fresh(dir);
        db = place.open();
        clock = new ManualClock(T0);
        queue = queue(db, new JobQueue.Options(3, Duration.ofSeconds(10), Duration.ofMinutes(10)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private JobQueue queue(Database database, JobQueue.Options options) {
        return new JobQueue(database.jdbi(), clock, options, new SplittableRandom(42));
    }

    @Test
    void enqueueingTheSameDedupeKeyTwiceIsANoOp() {
        assertThat(queue.enqueue("fetch", "feed:1:item:a", "{\"n\":1}")).isTrue();
        assertThat(queue.enqueue("fetch", "feed:1:item:a", "{\"n\":2}")).isFalse();
        assertThat(queue.enqueue("fetch", "feed:1:item:b", "{\"n\":3}")).isTrue();
        // null keys never deduplicate
        assertThat(queue.enqueue("fetch", null, "{}")).isTrue();
        assertThat(queue.enqueue("fetch", null, "{}")).isTrue();

        assertThat(queue.counts().get(JobState.QUEUED)).isEqualTo(4);
        Job a = queue.findByDedupeKey("feed:1:item:a").orElseThrow();
        assertThat(a.payload()).isEqualTo("{\"n\":1}");
        assertThat(a.state()).isEqualTo(JobState.QUEUED);
        assertThat(a.attempts()).isZero();
        assertThat(a.maxAttempts()).isEqualTo(3);

        // still a no-op once the job is done: re-running a feed never duplicates work
        // jobs enqueued in the same millisecond have no set order, so pick "a" out of the claim
        Job claimed = queue.claim("w1", FETCH, LEASE, 10).stream()
                .filter(j -> "feed:1:item:a".equals(j.dedupeKey())).findFirst().orElseThrow();
        assertThat(queue.complete(claimed, "w1")).isTrue();
        assertThat(queue.enqueue("fetch", claimed.dedupeKey(), "{}")).isFalse();
    }

    @Test
    void claimsDueJobsEarliestFirstAndOnlyOfTheRequestedKinds() {
        queue.enqueue("fetch", "c", "{}", T0.plusSeconds(3));
        queue.enqueue("fetch", "a", "{}", T0.minusSeconds(10));
        queue.enqueue("extract", "x", "{}", T0.minusSeconds(20));
        queue.enqueue("fetch", "b", "{}", T0);
        queue.enqueue("fetch", "later", "{}", T0.plusSeconds(60));

        List<Job> first = queue.claim("w1", FETCH, LEASE, 2);
        assertThat(first).extracting(Job::dedupeKey).containsExactly("a", "b");
        assertThat(first).allSatisfy(j -> {
            assertThat(j.state()).isEqualTo(JobState.RUNNING);
            assertThat(j.leaseOwner()).isEqualTo("w1");
            assertThat(j.leaseExpiresAt()).isEqualTo(T0.plus(LEASE));
            assertThat(j.attempts()).isEqualTo(1);
        });
        // "c" is not due yet, "later" even less
        assertThat(queue.claim("w1", FETCH, LEASE, 10)).isEmpty();

        clock.advance(Duration.ofSeconds(3));
        assertThat(queue.claim("w1", FETCH, LEASE, 10)).extracting(Job::dedupeKey).containsExactly("c");
        clock.advance(Duration.ofSeconds(57));
        assertThat(queue.claim("w1", FETCH, LEASE, 10)).extracting(Job::dedupeKey).containsExactly("later");

        assertThat(queue.claim("w2", List.of("extract", "fetch"), LEASE, 10)).extracting(Job::dedupeKey).containsExactly("x");
    }

    @Test
    void concurrentClaimersNeverGetTheSameJob() throws Exception {
        int jobs = 200;
        for (int i = 0; i < jobs; i++) queue.enqueue("fetch", "item-" + i, "{\"i\":" + i + "}", T0.minusMillis(i % 7));
        // two claimers share this queue object, two more come through a second pool over the same file
        try (Database second = place.open()) {
            JobQueue other = queue(second, JobQueue.Options.defaults());
            List<JobQueue> claimers = List.of(queue, queue, other, other);
            CountDownLatch start = new CountDownLatch(1);
            List<String> all = Collections.synchronizedList(new ArrayList<>());
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int c = 0; c < claimers.size(); c++) {
                JobQueue q = claimers.get(c);
                String owner = "worker-" + c;
                tasks.add(() -> {
                    start.await();
                    int mine = 0;
                    while (true) {
                        List<Job> got = q.claim(owner, FETCH, LEASE, 3);
                        if (got.isEmpty()) return mine;
                        for (Job j : got) {
                            all.add(j.id());
                            assertThat(q.complete(j, owner)).isTrue();
                            mine++;
                        }
                    }
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(claimers.size());
            try {
                List<Future<Integer>> futures = new ArrayList<>();
                for (Callable<Integer> t : tasks) futures.add(pool.submit(t));
                start.countDown();
                int total = 0;
                for (Future<Integer> f : futures) total += f.get();
                assertThat(total).isEqualTo(jobs);
            } finally {
                pool.shutdownNow();
            }
            assertThat(all).hasSize(jobs);
            assertThat(new HashSet<>(all)).hasSize(jobs);
            Map<JobState, Long> counts = queue.counts();
            assertThat(counts.get(JobState.DONE)).isEqualTo(jobs);
            assertThat(counts.get(JobState.QUEUED)).isZero();
            assertThat(counts.get(JobState.RUNNING)).isZero();
        }
    }

    @Test
    void onPostgresqlAClaimPassesOverJobsAnotherClaimerHoldsLockedInsteadOfWaiting() {
        org.junit.jupiter.api.Assumptions.assumeTrue(database == TestDatabase.POSTGRESQL, "row locks are PostgreSQL's");
        queue.enqueue("fetch", "first", "{}", T0.minusSeconds(2));
        queue.enqueue("fetch", "second", "{}", T0.minusSeconds(1));
        try (org.jdbi.v3.core.Handle holder = db.jdbi().open()) {
            holder.begin();
            // another claimer's transaction is still holding the earliest job's row
            holder.createQuery("SELECT id FROM jobs WHERE dedupe_key = 'first' FOR UPDATE").mapTo(String.class).one();
            List<Job> got = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> queue.claim("w2", FETCH, LEASE, 2));
            assertThat(got).extracting(Job::dedupeKey).containsExactly("second");
            holder.rollback();
        }
        assertThat(queue.claim("w3", FETCH, LEASE, 2)).extracting(Job::dedupeKey).containsExactly("first");
    }

    @Test
    void anExpiredLeaseLetsAnotherOwnerTakeTheJobAndTheOldOwnerIsRefused() {
        queue.enqueue("fetch", "k", "{}");
        Job crashed = queue.claim("w1", FETCH, LEASE, 1).getFirst();

        // while the lease holds, nobody else gets it; the holder can extend it
        clock.advance(LEASE.minusSeconds(1));
        assertThat(queue.claim("w2", FETCH, LEASE, 1)).isEmpty();
        assertThat(queue.extendLease(crashed, "w1", LEASE)).isTrue();
        clock.advance(LEASE.minusSeconds(1));
        assertThat(queue.claim("w2", FETCH, LEASE, 1)).isEmpty();

        // w1 goes silent: once the lease is over, w2 takes the job as a new attempt
        clock.advance(Duration.ofSeconds(2));
        Job recovered = queue.claim("w2", FETCH, LEASE, 1).getFirst();
        assertThat(recovered.id()).isEqualTo(crashed.id());
        assertThat(recovered.leaseOwner()).isEqualTo("w2");
        assertThat(recovered.attempts()).isEqualTo(2);

        // the old owner can no longer finish, fail or extend it
        assertThat(queue.complete(crashed, "w1")).isFalse();
        assertThat(queue.fail(crashed, "w1", "late")).isFalse();
        assertThat(queue.extendLease(crashed, "w1", LEASE)).isFalse();
        // nor can the right owner with a stale attempt, nor a stranger
        assertThat(queue.complete(crashed, "w2")).isFalse();
        assertThat(queue.complete(recovered, "w3")).isFalse();

        assertThat(queue.complete(recovered, "w2")).isTrue();
        Job done = queue.find(crashed.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.leaseOwner()).isNull();
        assertThat(queue.complete(recovered, "w2")).isFalse();
    }

    @Test
    void failureBacksOffExponentiallyAndEndsDeadWithTheErrorKept() {
        queue.enqueue("fetch", "flaky", "{}");

        Job first = queue.claim("w", FETCH, LEASE, 1).getFirst();
        assertThat(queue.fail(first, "w", "HTTP 503")).isTrue();
        Job afterFirst = queue.find(first.id()).orElseThrow();
        assertThat(afterFirst.state()).isEqualTo(JobState.FAILED);
        assertThat(afterFirst.lastError()).isEqualTo("HTTP 503");
        assertThat(afterFirst.leaseOwner()).isNull();
        Duration wait1 = Duration.between(T0, afterFirst.nextRunAt());
        // base 10 s, jittered down by at most half
        assertThat(wait1).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));

        // not before the backoff has passed
        clock.advance(wait1.minusMillis(1));
        assertThat(queue.claim("w", FETCH, LEASE, 1)).isEmpty();
        clock.advance(Duration.ofMillis(1));
        Job second = queue.claim("w", FETCH, LEASE, 1).getFirst();
        assertThat(second.attempts()).isEqualTo(2);
        Instant failedAt = clock.instant();
        assertThat(queue.fail(second, "w", "timeout")).isTrue();
        Job afterSecond = queue.find(first.id()).orElseThrow();
        Duration wait2 = Duration.between(failedAt, afterSecond.nextRunAt());
        assertThat(wait2).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));

        clock.advance(wait2);
        Job third = queue.claim("w", FETCH, LEASE, 1).getFirst();
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(queue.fail(third, "w", "parse error at line 7")).isTrue();
        Job dead = queue.find(first.id()).orElseThrow();
        assertThat(dead.state()).isEqualTo(JobState.DEAD);
        assertThat(dead.lastError()).isEqualTo("parse error at line 7");
        assertThat(dead.attempts()).isEqualTo(3);

        clock.advance(Duration.ofDays(1));
        assertThat(queue.claim("w", FETCH, LEASE, 1)).isEmpty();
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCapWithJitter() {
        JobQueue q = queue(db, new JobQueue.Options(20, Duration.ofSeconds(1), Duration.ofSeconds(60)));
        for (int attempt = 1; attempt <= 20; attempt++) {
            long full = Math.min(60_000L, 1000L << Math.min(attempt - 1, 30));
            for (int i = 0; i < 20; i++) {
                assertThat(q.backoff(attempt).toMillis()).isBetween(full / 2, full);
            }
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) seen.add(q.backoff(10).toMillis());
        assertThat(seen).as("jitter spreads retries").hasSizeGreaterThan(1);
    }

    @Test
    void aJobWhoseWorkerKeepsCrashingIsBuriedAfterItsLastAttempt() {
        queue.enqueue("fetch", "poison", "{}");
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<Job> got = queue.claim("w" + attempt, FETCH, LEASE, 1);
            assertThat(got).hasSize(1);
            assertThat(got.getFirst().attempts()).isEqualTo(attempt);
            clock.advance(LEASE.plusSeconds(1)); // the worker dies without a word
        }
        assertThat(queue.claim("w4", FETCH, LEASE, 1)).isEmpty();
        Job dead = queue.findByDedupeKey("poison").orElseThrow();
        assertThat(dead.state()).isEqualTo(JobState.DEAD);
        assertThat(dead.lastError()).contains("lease expired");
    }

    @Test
    void countsJobsByState() {
        assertThat(queue.counts()).containsOnlyKeys(JobState.values()).allSatisfy((s, n) -> assertThat(n).isZero());
        for (int i = 0; i < 5; i++) queue.enqueue("fetch", "j" + i, "{}");
        List<Job> got = queue.claim("w", FETCH, LEASE, 4);
        queue.complete(got.get(0), "w");
        queue.complete(got.get(1), "w");
        queue.fail(got.get(2), "w", "boom");

        Map<JobState, Long> counts = queue.counts();
        assertThat(counts).containsEntry(JobState.QUEUED, 1L)
                .containsEntry(JobState.RUNNING, 1L)
                .containsEntry(JobState.DONE, 2L)
                .containsEntry(JobState.FAILED, 1L)
                .containsEntry(JobState.DEAD, 0L);
    }

    @Test
    void jobsSurviveARestart() {
        queue.enqueue("fetch", "persisted", "{\"url\":\"https://example.org/a\"}");
        Job leased = queue.claim("before-crash", FETCH, LEASE, 1).getFirst();
        db.close();

        db = place.open();
        queue = queue(db, JobQueue.Options.defaults());
        clock.advance(LEASE.plusMillis(1));
        Job again = queue.claim("after-restart", FETCH, LEASE, 1).getFirst();
        assertThat(again.id()).isEqualTo(leased.id());
        assertThat(again.payload()).isEqualTo("{\"url\":\"https://example.org/a\"}");
        assertThat(queue.complete(again, "after-restart")).isTrue();
    }
}
