package io.newsdesk.app.ingest.queue;

import io.newsdesk.app.store.Dialect;
import io.newsdesk.app.store.Ids;
import io.newsdesk.app.util.Backoff;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.Update;

/**
 * A durable job queue in the {@code jobs} table. Workers {@link #claim claim} due jobs under a lease; a worker
 * that dies simply stops renewing its lease and the job is claimed again after the lease expires.
 *
 * <p>Every state change is a single conditional {@code UPDATE} whose row count says whether it won, so the
 * queue is safe with many workers in one process or in several processes over the same database, on SQLite
 * and PostgreSQL alike. A lease is identified by its owner and the attempt number, so an owner whose lease
 * expired and was taken over cannot complete or fail the job afterwards.
 */
public final class JobQueue {
    private static final String RUNNING = "'running'";
    private static final String DONE = "state = 'done', lease_owner = NULL, lease_expires_at = NULL";
    private static final String CLAIMABLE_WHERE = """
            ((state IN ('queued','failed') AND next_run_at <= :now)
              OR (state = 'running' AND lease_expires_at < :now))""";

    /**
     * Retry policy: jobs get {@code maxAttempts} attempts; after the n-th failed attempt the job waits
     * {@code min(cap, base * 2^(n-1))}, jittered down by up to half, before it runs again.
     */
    public record Options(int maxAttempts, Duration backoffBase, Duration backoffCap) {
        public Options {
            if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
            Objects.requireNonNull(backoffBase, "backoffBase");
            Objects.requireNonNull(backoffCap, "backoffCap");
            if (backoffBase.isNegative() || backoffCap.compareTo(backoffBase) < 0) {
                throw new IllegalArgumentException("need 0 <= backoffBase <= backoffCap");
            }
        }

        public static Options defaults() {
            return new Options(5, Duration.ofSeconds(30), Duration.ofHours(1));
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Options options;
    private final RandomGenerator random;
    private final Backoff backoff;
    private final java.util.Set<String> completedInTransaction = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public JobQueue(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC(), Options.defaults(), RandomGenerator.getDefault());
    }

    public JobQueue(Jdbi jdbi, Clock clock, Options options, RandomGenerator random) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.random = Objects.requireNonNull(random, "random");
        this.backoff = new Backoff(options.backoffBase(), options.backoffCap(), 2, 0.5);
    }

    /** Enqueues a job due now. See {@link #enqueue(String, String, String, Instant)}. */
    public boolean enqueue(String kind, String dedupeKey, String payload) {
        return enqueue(kind, dedupeKey, payload, null);
    }

    /**
     * Adds a job, due at {@code runAt} (now when null). A job whose {@code dedupeKey} is already in the table,
     * in any state, is not added again; a null key never deduplicates.
     *
     * @return whether a job was inserted
     */
    public boolean enqueue(String kind, String dedupeKey, String payload, Instant runAt) {
        return enqueue(kind, dedupeKey, payload, runAt, options.maxAttempts());
    }

    /** As {@link #enqueue(String, String, String, Instant)} with a per-job number of attempts. */
    public boolean enqueue(String kind, String dedupeKey, String payload, Instant runAt, int maxAttempts) {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
        return jdbi.withHandle(h -> enqueue(h, kind, dedupeKey, payload, runAt, maxAttempts));
    }

    /**
     * As {@link #enqueue(String, String, String, Instant)}, in the caller's transaction: the job exists exactly
     * when the work that asked for it was committed.
     */
    public boolean enqueue(org.jdbi.v3.core.Handle h, String kind, String dedupeKey, String payload, Instant runAt) {
        return enqueue(h, kind, dedupeKey, payload, runAt, options.maxAttempts());
    }

    private boolean enqueue(org.jdbi.v3.core.Handle h, String kind, String dedupeKey, String payload, Instant runAt,
            int maxAttempts) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        long now = clock.millis();
        long due = runAt == null ? now : runAt.toEpochMilli();
        int rows = h.createUpdate("""
                INSERT INTO jobs (id, kind, payload, dedupe_key, state, attempts, max_attempts, next_run_at,
                                  created_at, updated_at)
                VALUES (:id, :kind, :payload, :dedupeKey, 'queued', 0, :maxAttempts, :due, :now, :now)
                ON CONFLICT (dedupe_key) DO NOTHING""")
                .bind("id", Ids.newId())
                .bind("kind", kind)
                .bind("payload", payload)
                .bind("dedupeKey", dedupeKey)
                .bind("maxAttempts", maxAttempts)
                .bind("due", due)
                .bind("now", now)
                .execute();
        return rows == 1;
    }

    /**
     * Takes up to {@code limit} jobs of the given kinds for {@code owner}, earliest {@code next_run_at} first:
     * queued or failed jobs that are due, and running jobs whose lease has expired (their owner crashed or
     * stalled). Each taken job is running, leased to {@code owner} for {@code leaseDuration}, with its attempt
     * counted. Two claimers never take the same job. A job whose lease expired on its last allowed attempt
     * is not taken again but marked dead.
     */
    public List<Job> claim(String owner, Collection<String> kinds, Duration leaseDuration, int limit) {
        return claim(owner, kinds, leaseDuration, limit, Scope.ALL);
    }

    /**
     * The jobs one run may take: all, or only those whose payload starts with a prefix (a run for one source takes
     * that source's jobs only, so what it was permitted applies to them alone).
     */
    public record Scope(String payloadPrefix) {
        public static final Scope ALL = new Scope(null);

        /** Appended to a {@code WHERE}; binds {@code :scope} when there is a prefix. */
        String where() {
            return payloadPrefix == null ? "" : " AND payload LIKE :scope ESCAPE '!'";
        }

        <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T statement) {
            if (payloadPrefix == null) return statement;
            String escaped = payloadPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            return statement.bind("scope", escaped + "%");
        }
    }

    /** As {@link #claim(String, Collection, Duration, int)}, taking only jobs in {@code scope}. */
    public List<Job> claim(String owner, Collection<String> kinds, Duration leaseDuration, int limit, Scope scope) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(leaseDuration, "leaseDuration");
        if (kinds == null || kinds.isEmpty()) throw new IllegalArgumentException("kinds must not be empty");
        if (limit < 1) return List.of();
        List<String> kindList = List.copyOf(kinds);
        if (Dialect.of(jdbi) == Dialect.POSTGRESQL) return claimSkippingLocked(owner, kindList, leaseDuration, limit, scope);
        List<Job> claimed = new ArrayList<>();
        while (claimed.size() < limit) {
            long now = clock.millis();
            List<String> candidates = candidates(kindList, now, limit - claimed.size(), scope);
            if (candidates.isEmpty()) break;
            long leaseEnd = now + leaseDuration.toMillis();
            // one statement takes every candidate still claimable; the ones another claimer took meanwhile are
            // skipped by the same condition, and the read below returns exactly the rows this lease won
            List<Job> won = jdbi.withHandle(h -> {
                h.createUpdate("UPDATE jobs SET state = " + RUNNING
                                + ", lease_owner = :owner, lease_expires_at = :leaseEnd, attempts = attempts + 1,"
                                + " updated_at = :now WHERE id IN (<ids>) AND " + CLAIMABLE_WHERE)
                        .bind("owner", owner)
                        .bind("leaseEnd", leaseEnd)
                        .bind("now", now)
                        .bindList("ids", candidates)
                        .execute();
                return h.createQuery("SELECT * FROM jobs WHERE id IN (<ids>) AND state = " + RUNNING
                                + " AND lease_owner = :owner AND lease_expires_at = :leaseEnd ORDER BY next_run_at, created_at, id")
                        .bindList("ids", candidates)
                        .bind("owner", owner)
                        .bind("leaseEnd", leaseEnd)
                        .map(JobQueue::job)
                        .list();
            });
            claimed.addAll(won);
            // candidates lost to another claimer are now leased, so the next round selects others
        }
        return claimed;
    }

    /**
     * The claim on PostgreSQL: one statement locks up to {@code limit} claimable jobs in claim order, passing over
     * rows another claimer has locked ({@code FOR UPDATE SKIP LOCKED}), and leases them. Claimers on any number of
     * nodes never wait for each other and never take the same job; SQLite (one writer at a time) keeps the
     * select-then-conditional-update above.
     */
    private List<Job> claimSkippingLocked(String owner, List<String> kinds, Duration leaseDuration, int limit, Scope scope) {
        long now = clock.millis();
        long leaseEnd = now + leaseDuration.toMillis();
        List<Job> won = jdbi.inTransaction(h -> {
            buryExpiredLastAttempts(h, kinds, now);
            return scope.bind(h.createQuery("UPDATE jobs SET state = " + RUNNING
                            + ", lease_owner = :owner, lease_expires_at = :leaseEnd, attempts = attempts + 1, updated_at = :now"
                            + " WHERE id IN (SELECT id FROM jobs WHERE kind IN (<kinds>) AND " + CLAIMABLE_WHERE + scope.where()
                            + " ORDER BY next_run_at, created_at, id LIMIT :limit" + Dialect.of(h).skipLocked() + ")"
                            + " RETURNING *"))
                    .bind("owner", owner).bind("leaseEnd", leaseEnd).bind("now", now).bind("limit", limit)
                    .bindList("kinds", kinds)
                    .map(JobQueue::job)
                    .list();
        });
        List<Job> ordered = new ArrayList<>(won);
        ordered.sort(java.util.Comparator.comparing(Job::nextRunAt).thenComparing(Job::createdAt).thenComparing(Job::id));
        return ordered;
    }

    /**
     * The ids of up to {@code limit} claimable jobs, earliest {@code next_run_at} first. Each state is read along
     * its index in claim order, so a claim costs the batch, not the number of due jobs. Expired leases on a last
     * attempt are buried first (they are rare: a worker crashed or stalled), so they are never claimed.
     */
    private List<String> candidates(List<String> kinds, long now, int limit, Scope scope) {
        return jdbi.withHandle(h -> {
            boolean expired = h.createQuery("SELECT COUNT(*) FROM jobs WHERE state = " + RUNNING + " AND lease_expires_at < :now")
                    .bind("now", now).mapTo(Long.class).one() > 0;
            if (expired) buryExpiredLastAttempts(h, kinds, now);
            List<Candidate> found = new ArrayList<>();
            for (String state : List.of("queued", "failed")) {
                found.addAll(scope.bind(h.createQuery("SELECT id, next_run_at, created_at FROM jobs WHERE state = :state"
                                + " AND next_run_at <= :now AND kind IN (<kinds>)" + scope.where()
                                + " ORDER BY next_run_at, created_at, id LIMIT :limit"))
                        .bind("state", state).bind("now", now).bindList("kinds", kinds).bind("limit", limit)
                        .map((rs, ctx) -> new Candidate(rs.getString(1), rs.getLong(2), rs.getLong(3))).list());
            }
            if (expired) {
                found.addAll(scope.bind(h.createQuery("SELECT id, next_run_at, created_at FROM jobs WHERE state = " + RUNNING
                                + " AND lease_expires_at < :now AND kind IN (<kinds>)" + scope.where() + " LIMIT :limit"))
                        .bind("now", now).bindList("kinds", kinds).bind("limit", limit)
                        .map((rs, ctx) -> new Candidate(rs.getString(1), rs.getLong(2), rs.getLong(3))).list());
            }
            found.sort(Candidate.ORDER);
            return found.stream().limit(limit).map(Candidate::id).toList();
        });
    }

    private record Candidate(String id, long nextRunAt, long createdAt) {
        static final java.util.Comparator<Candidate> ORDER = java.util.Comparator.comparingLong(Candidate::nextRunAt)
                .thenComparingLong(Candidate::createdAt).thenComparing(Candidate::id);
    }

    private static void buryExpiredLastAttempts(org.jdbi.v3.core.Handle h, List<String> kinds, long now) {
        h.createUpdate("""
                UPDATE jobs SET state = 'dead', lease_owner = NULL, lease_expires_at = NULL, updated_at = :now,
                       last_error = 'lease expired on the last allowed attempt (worker crashed or stalled); previous error: '
                                    || COALESCE(last_error, 'none')
                WHERE kind IN (<kinds>) AND state = 'running' AND lease_expires_at < :now AND attempts >= max_attempts""")
                .bindList("kinds", kinds)
                .bind("now", now)
                .execute();
    }

    /**
     * As {@link #complete(Job, String)}, in the handler's own transaction ({@code job} as claimed, so its lease
     * owner is the claimer): the job is done exactly when the work it did is committed, and the runner then
     * skips its separate completing write. Returns false when the lease is no longer held.
     */
    public boolean complete(org.jdbi.v3.core.Handle h, Job job) {
        boolean held = updateHeldLease(h, job, job.leaseOwner(), DONE, u -> { });
        if (held) h.afterCommit(() -> completedInTransaction.add(attemptKey(job)));
        return held;
    }

    /** Whether the job's handler completed it in its transaction (and forgets it: asked once per attempt). */
    boolean completedByHandler(Job job) {
        return completedInTransaction.remove(attemptKey(job));
    }

    private static String attemptKey(Job job) {
        return job.id() + "#" + job.attempts();
    }

    /** Marks the job done if {@code owner} still holds the lease taken with {@code job}; false otherwise. */
    public boolean complete(Job job, String owner) {
        return updateHeldLease(job, owner, DONE, u -> { });
    }

    /**
     * Records a failed attempt with its reason, if {@code owner} still holds the lease: the job becomes
     * {@code failed} and runs again after a backoff, or {@code dead} when it has used all its attempts.
     *
     * @return false when the lease is no longer ours (nothing changed)
     */
    public boolean fail(Job job, String owner, String error) {
        long retryAt = clock.millis() + backoff(job.attempts()).toMillis();
        return updateHeldLease(job, owner, """
                state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'failed' END,
                       next_run_at = CASE WHEN attempts >= max_attempts THEN next_run_at ELSE :retryAt END,
                       lease_owner = NULL, lease_expires_at = NULL, last_error = :error""",
                u -> u.bind("retryAt", retryAt).bind("error", error == null ? "unknown error" : error));
    }

    /**
     * Gives back a job claimed but not started (its runner is stopping), if the lease is still ours: claimable again
     * at once, in its old place, the attempt not counted.
     */
    public boolean release(Job job, String owner) {
        return updateHeldLease(job, owner, "state = 'queued', attempts = attempts - 1, lease_owner = NULL, lease_expires_at = NULL",
                u -> { });
    }

    /** Records a failure that retrying cannot mend: the job is dead at once with its reason, if the lease is still ours. */
    public boolean failPermanently(Job job, String owner, String error) {
        return updateHeldLease(job, owner, "state = 'dead', lease_owner = NULL, lease_expires_at = NULL, last_error = :error",
                u -> u.bind("error", "permanent: " + (error == null ? "unknown error" : error)));
    }

    /** Moves the lease's expiry to now + {@code leaseDuration} if {@code owner} still holds it; false otherwise. */
    public boolean extendLease(Job job, String owner, Duration leaseDuration) {
        long leaseEnd = clock.millis() + leaseDuration.toMillis();
        return updateHeldLease(job, owner, "lease_expires_at = :leaseEnd", u -> u.bind("leaseEnd", leaseEnd));
    }

    /**
     * Applies {@code set} to the job only while {@code owner} holds the lease taken with {@code job} (same
     * owner, same attempt, still running): a worker whose lease expired and was taken over changes nothing.
     */
    private boolean updateHeldLease(Job job, String owner, String set, Consumer<Update> binds) {
        return jdbi.withHandle(h -> updateHeldLease(h, job, owner, set, binds));
    }

    private boolean updateHeldLease(org.jdbi.v3.core.Handle h, Job job, String owner, String set, Consumer<Update> binds) {
        var update = h.createUpdate("UPDATE jobs SET " + set + ", updated_at = :now"
                + " WHERE id = :id AND state = 'running' AND lease_owner = :owner AND attempts = :attempts")
                .bind("now", clock.millis()).bind("id", job.id()).bind("owner", owner).bind("attempts", job.attempts());
        binds.accept(update);
        return update.execute() == 1;
    }

    /**
     * The wait after the {@code attempt}-th failed attempt: {@code min(cap, base * 2^(attempt-1))}, minus a
     * random jitter of up to half of it, so that jobs failing together do not retry together.
     */
    Duration backoff(int attempt) {
        return backoff.delay(attempt, random);
    }

    /** The owners holding leases on running jobs. */
    public List<String> leaseOwners() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT lease_owner FROM jobs WHERE state = 'running' AND lease_owner IS NOT NULL")
                .mapTo(String.class).list());
    }

    /**
     * Gives the running jobs of an owner known to be gone (its process ended) back to the queue at once, instead
     * of after their lease expires; the attempt stays counted, and a job out of attempts is dead. Returns how many.
     */
    public int releaseLeasesOf(String owner, String reason) {
        long now = clock.millis();
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
                       next_run_at = :now, lease_owner = NULL, lease_expires_at = NULL, last_error = :reason, updated_at = :now
                WHERE state = 'running' AND lease_owner = :owner""")
                .bind("now", now).bind("reason", reason).bind("owner", owner).execute());
    }

    /** Whether a job of these kinds in {@code scope} could be claimed now. */
    public boolean hasDue(Collection<String> kinds, Scope scope) {
        long now = clock.millis();
        return jdbi.withHandle(h -> scope.bind(h.createQuery("SELECT COUNT(*) FROM jobs WHERE kind IN (<kinds>) AND "
                        + CLAIMABLE_WHERE + scope.where()))
                .bindList("kinds", List.copyOf(kinds)).bind("now", now).mapTo(Long.class).one()) > 0;
    }

    /**
     * Whether a first attempt in {@code scope} is queued (due now, or soon: new entries are spaced one host delay
     * apart). Retries waiting for their time and jobs another worker runs are not counted: a run that stops when
     * this is false and it runs nothing itself has done what it can do now.
     */
    public boolean hasQueued(Collection<String> kinds, Scope scope) {
        return jdbi.withHandle(h -> scope.bind(h.createQuery("SELECT COUNT(*) FROM jobs WHERE kind IN (<kinds>) AND state = 'queued'"
                        + scope.where()))
                .bindList("kinds", List.copyOf(kinds)).mapTo(Long.class).one()) > 0;
    }

    /** Jobs in {@code scope} that wait for a later retry, and those leased to a worker; what a run leaves behind. */
    public record Left(long retryLater, Instant nextRetry, long runningElsewhere) {}

    public Left left(Collection<String> kinds, Scope scope) {
        long now = clock.millis();
        return jdbi.withHandle(h -> {
            var retry = scope.bind(h.createQuery("SELECT COUNT(*) AS n, MIN(next_run_at) AS next FROM jobs WHERE kind IN (<kinds>)"
                            + " AND state = 'failed' AND next_run_at > :now" + scope.where()))
                    .bindList("kinds", List.copyOf(kinds)).bind("now", now).mapToMap().one();
            long running = scope.bind(h.createQuery("SELECT COUNT(*) FROM jobs WHERE kind IN (<kinds>) AND state = 'running'"
                            + scope.where()))
                    .bindList("kinds", List.copyOf(kinds)).mapTo(Long.class).one();
            long n = ((Number) retry.get("n")).longValue();
            Object next = retry.get("next");
            return new Left(n, next == null ? null : Instant.ofEpochMilli(((Number) next).longValue()), running);
        });
    }

    /**
     * Deletes finished jobs last changed before {@code doneBefore} and dead ones before {@code deadBefore}, so the
     * table does not grow forever; returns how many were deleted. (Idempotency of imports does not rest on
     * old jobs: the pipeline keeps its own record of what it imported.)
     */
    public int prune(Instant doneBefore, Instant deadBefore) {
        return jdbi.withHandle(h -> h.createUpdate("""
                DELETE FROM jobs WHERE (state = 'done' AND updated_at < :done) OR (state = 'dead' AND updated_at < :dead)""")
                .bind("done", doneBefore.toEpochMilli()).bind("dead", deadBefore.toEpochMilli()).execute());
    }

    public Optional<Job> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM jobs WHERE id = :id")
                .bind("id", id).map(JobQueue::job).findOne());
    }

    public Optional<Job> findByDedupeKey(String dedupeKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM jobs WHERE dedupe_key = :key")
                .bind("key", dedupeKey).map(JobQueue::job).findOne());
    }

    /** The number of jobs in each state (every state present, zero when empty), for a status page. */
    public Map<JobState, Long> counts() {
        Map<JobState, Long> counts = new EnumMap<>(JobState.class);
        for (JobState s : JobState.values()) counts.put(s, 0L);
        jdbi.useHandle(h -> h.createQuery("SELECT state, COUNT(*) AS n FROM jobs GROUP BY state")
                .map((rs, ctx) -> Map.entry(JobState.fromColumn(rs.getString("state")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    private static Job job(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Job(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getString("dedupe_key"),
                rs.getString("payload"),
                JobState.fromColumn(rs.getString("state")),
                rs.getInt("attempts"),
                rs.getInt("max_attempts"),
                instant(rs, "next_run_at"),
                rs.getString("lease_owner"),
                instant(rs, "lease_expires_at"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
