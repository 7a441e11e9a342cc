package io.newsdesk.app.store;

import java.sql.SQLException;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite connections for the pool: WAL, foreign keys, write transactions that begin IMMEDIATE, and a busy
 * handler that waits for the write lock in short steps. SQLite's own busy timeout sleeps 1 to 100 ms between
 * tries, so under many writers (the importer's workers) the lock sat idle while they slept; this one retries
 * every 50 to 500 microseconds and gives up after {@link #GIVE_UP_NANOS}, like a 10-second busy timeout.
 */
final class SqliteConnections extends SQLiteDataSource {
    static final long GIVE_UP_NANOS = 10_000_000_000L;

    SqliteConnections(String url) {
        super(config());
        setUrl(url);
    }

    private static SQLiteConfig config() {
        SQLiteConfig c = new SQLiteConfig();
        c.setJournalMode(SQLiteConfig.JournalMode.WAL);
        c.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        c.enforceForeignKeys(true);
        c.setBusyTimeout(10_000);
        // A transaction that reads and then writes must take the write lock when it begins: under WAL a read
        // snapshot cannot be upgraded once another connection has written (SQLITE_BUSY_SNAPSHOT, no waiting).
        c.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return c;
    }

    @Override
    public SQLiteConnection getConnection(String user, String password) throws SQLException {
        SQLiteConnection c = super.getConnection(user, password);
        BusyHandler.setHandler(c, new ShortWaits());
        return c;
    }

    /** Retries a busy database after a pause that grows from 50 to 500 microseconds, for at most 10 s. */
    private static final class ShortWaits extends BusyHandler {
        private long firstBusyAt;

        @Override
        protected int callback(int previousTries) {
            long now = System.nanoTime();
            if (previousTries == 0) firstBusyAt = now;
            if (now - firstBusyAt > GIVE_UP_NANOS) return 0;
            LockSupport.parkNanos(Math.min(500_000L, 50_000L * (previousTries + 1)));
            return 1;
        }
    }
}
