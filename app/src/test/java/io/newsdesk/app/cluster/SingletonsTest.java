package io.newsdesk.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.TestDatabase;
import io.newsdesk.app.util.PeriodicTask;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two nodes in one JVM on one database with a short lease: one runs the task; the other takes over when it dies. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SingletonsTest {
    private static final Duration LEASE = Duration.ofMillis(1500);

    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    Database db;

    @BeforeEach
    void open() {
        db = database.fresh(dir).open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oneNodeHoldsTheTurnAndAnotherTakesOverWhenItStopsRenewing() throws Exception {
        try (Singletons a = new Singletons(db.jdbi(), "node-a", LEASE).start();
             Singletons b = new Singletons(db.jdbi(), "node-b", LEASE).start()) {
            BooleanSupplier turnA = a.turn("scheduler");
            BooleanSupplier turnB = b.turn("scheduler");
            assertThat(turnA.getAsBoolean()).as("the first to ask takes a free lease").isTrue();
            assertThat(turnB.getAsBoolean()).isFalse();

            // for longer than a lease, A keeps renewing: B never gets the turn, and only A's task runs
            java.util.concurrent.atomic.AtomicInteger passesA = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger passesB = new java.util.concurrent.atomic.AtomicInteger();
            try (PeriodicTask onA = new PeriodicTask("on-a", Duration.ofMillis(20), Duration.ofSeconds(1));
                 PeriodicTask onB = new PeriodicTask("on-b", Duration.ofMillis(20), Duration.ofSeconds(1))) {
                onA.start(Duration.ZERO, turnA, passesA::incrementAndGet);
                onB.start(Duration.ZERO, turnB, passesB::incrementAndGet);
                watchNeverBoth(turnA, turnB, Duration.ofMillis(2000));
            }
            assertThat(passesA.get()).isGreaterThan(10);
            assertThat(passesB.get()).isZero();
            assertThat(turnA.getAsBoolean()).isTrue();
            assertThat(turnB.getAsBoolean()).isFalse();
            assertThat(new NodeLeases(db.jdbi(), Clock.systemUTC()).holder("scheduler").orElseThrow().node()).isEqualTo("node-a");

            a.stopRenewing(); // as if node A were killed: its row stays until it expires
            long stopped = System.nanoTime();
            while (!turnB.getAsBoolean()) {
                assertThat(turnA.getAsBoolean() && turnB.getAsBoolean()).isFalse();
                assertThat(Duration.ofNanos(System.nanoTime() - stopped)).as("B should take over within a lease and a renewal")
                        .isLessThan(LEASE.multipliedBy(3));
                Thread.sleep(10);
            }
            assertThat(turnA.getAsBoolean()).as("A's turn ended before B's began").isFalse();
            assertThat(new NodeLeases(db.jdbi(), Clock.systemUTC()).holder("scheduler").orElseThrow().node()).isEqualTo("node-b");
        }
    }

    @Test
    void aNodeThatStopsGivesItsTurnUpAtOnce() {
        Singletons a = new Singletons(db.jdbi(), "node-a", Duration.ofMinutes(5)).start();
        try (Singletons b = new Singletons(db.jdbi(), "node-b", Duration.ofMinutes(5))) {
            assertThat(a.turn("telegram").getAsBoolean()).isTrue();
            BooleanSupplier turnB = b.turn("telegram");
            assertThat(turnB.getAsBoolean()).isFalse();
            a.close();
            b.renewAll();
            assertThat(turnB.getAsBoolean()).as("released on stop, not left to expire in five minutes").isTrue();
        }
    }

    @Test
    void eachTaskHasItsOwnLease() {
        try (Singletons a = new Singletons(db.jdbi(), "node-a", LEASE); Singletons b = new Singletons(db.jdbi(), "node-b", LEASE)) {
            assertThat(a.turn("scheduler").getAsBoolean()).isTrue();
            assertThat(b.turn("websub").getAsBoolean()).isTrue();
            assertThat(b.turn("scheduler").getAsBoolean()).isFalse();
            assertThat(a.turn("websub").getAsBoolean()).isFalse();
        }
    }

    private static void watchNeverBoth(BooleanSupplier a, BooleanSupplier b, Duration during) throws InterruptedException {
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            assertThat(a.getAsBoolean() && b.getAsBoolean()).as("both nodes had the turn").isFalse();
            Thread.sleep(10);
        }
    }
}
