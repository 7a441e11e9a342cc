package io.newsdesk.app.store.copy;

import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.DatabaseUnavailable;
import io.newsdesk.app.store.DatabaseUrl;
import io.newsdesk.app.store.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One end of a {@code db copy}: a site's SQLite database (its data directory, the database being
 * {@code DIR/newsdesk.db} as {@code serve --data DIR} uses it) or a PostgreSQL database. The copy talks to both
 * ends over plain JDBC connections of its own, not the site's pool: the source read-only, the target with its
 * foreign keys relaxed while rows arrive. {@link #toString} is safe to print (no password).
 */
public sealed interface CopyEnd {
    String SQLITE_FILE = "newsdesk.db";

    Dialect dialect();

    /** Creates the schema with the site's Flyway migrations (the same ones {@code serve} runs). */
    void migrate();

    /** A connection for reading only: the source is never written, not even by a migration. */
    Connection readOnly() throws SQLException;

    /** A connection for writing the copy, autocommit off. */
    Connection forWriting() throws SQLException;

    /**
     * Reads {@code --to} or {@code --from}: a {@code postgresql://user@host:port/db} URL (also {@code postgres://},
     * {@code jdbc:postgresql://}), or a data directory, written as a path or {@code sqlite:PATH} (a path ending in
     * {@code newsdesk.db} means the directory holding it). {@code env} supplies the PostgreSQL password and pool
     * settings, as for {@code NEWSDESK_DATABASE_URL}.
     */
    static CopyEnd parse(String text, Map<String, String> env) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("name a database: postgresql://user@host:port/db or a data directory (sqlite:DIR)");
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("postgresql:") || lower.startsWith("postgres:") || lower.startsWith("jdbc:postgresql:")) {
            return new Postgres(DatabaseUrl.from(s, env).orElseThrow());
        }
        if (lower.startsWith("jdbc:") || lower.matches("^[a-z][a-z0-9+.-]+://.*")) {
            throw new IllegalArgumentException("unknown kind of database \"" + s + "\": use postgresql://user@host:port/db or a data directory (sqlite:DIR)");
        }
        Path path = Path.of(lower.startsWith("sqlite:") ? s.substring("sqlite:".length()) : s);
        if (path.getFileName() != null && path.getFileName().toString().equals(SQLITE_FILE)) {
            path = path.toAbsolutePath().getParent();
        } else if (Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + " is a file: name the data directory (the database is DIR/" + SQLITE_FILE + ")");
        }
        return new Sqlite(path);
    }

    /**
     * The environment of a copy's target: {@code NEWSDESK_TARGET_DATABASE_PASSWORD} (or {@code _FILE}), when set,
     * stands for {@code NEWSDESK_DATABASE_PASSWORD}, so a copy between two PostgreSQL servers can log in to each.
     */
    static Map<String, String> targetEnvironment(Map<String, String> env) {
        String password = env.get("NEWSDESK_TARGET_DATABASE_PASSWORD");
        String file = env.get("NEWSDESK_TARGET_DATABASE_PASSWORD_FILE");
        if ((password == null || password.isEmpty()) && (file == null || file.isBlank())) return env;
        Map<String, String> target = new HashMap<>(env);
        target.remove("NEWSDESK_DATABASE_PASSWORD");
        target.remove("NEWSDESK_DATABASE_PASSWORD_FILE");
        if (password != null && !password.isEmpty()) target.put("NEWSDESK_DATABASE_PASSWORD", password);
        if (file != null && !file.isBlank()) target.put("NEWSDESK_DATABASE_PASSWORD_FILE", file);
        return target;
    }

    /** SQLite in a data directory. */
    record Sqlite(Path dir) implements CopyEnd {
        public Path file() {
            return dir.resolve(SQLITE_FILE);
        }

        @Override
        public Dialect dialect() {
            return Dialect.SQLITE;
        }

        @Override
        public void migrate() {
            Database.sqlite(dir).close();
        }

        @Override
        public Connection readOnly() throws SQLException {
            if (!Files.isRegularFile(file())) throw new CopyRefused("there is no database at " + file());
            SQLiteConfig config = new SQLiteConfig();
            // read-only at open: SQLite itself refuses any write, and a WAL file left by the site is read, not merged
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
            config.setBusyTimeout(10_000);
            return config.createConnection("jdbc:sqlite:" + file().toAbsolutePath());
        }

        @Override
        public Connection forWriting() throws SQLException {
            SQLiteConfig config = new SQLiteConfig();
            // rows arrive table by table, so a reference may precede its row; PRAGMA foreign_key_check runs at the end
            config.enforceForeignKeys(false);
            config.setBusyTimeout(10_000);
            Connection c = config.createConnection("jdbc:sqlite:" + file().toAbsolutePath());
            c.setAutoCommit(false);
            return c;
        }

        @Override
        public String toString() {
            return "SQLite " + file();
        }
    }

    /** A PostgreSQL database. */
    record Postgres(DatabaseUrl url) implements CopyEnd {
        @Override
        public Dialect dialect() {
            return Dialect.POSTGRESQL;
        }

        @Override
        public void migrate() {
            Database.postgresql(url).close();
        }

        @Override
        public Connection readOnly() throws SQLException {
            Connection c = connect();
            c.setReadOnly(true);
            c.setAutoCommit(false);
            // one snapshot for every table: a site still running while it is copied gives a consistent copy
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return c;
        }

        @Override
        public Connection forWriting() throws SQLException {
            Connection c = connect();
            c.setAutoCommit(false);
            return c;
        }

        private Connection connect() {
            Properties p = new Properties();
            p.setProperty("user", url.user());
            if (url.password() != null) p.setProperty("password", url.password());
            p.setProperty("connectTimeout", String.valueOf(Math.max(1, url.connectTimeout().toSeconds())));
            p.setProperty("ApplicationName", "newsdesk db copy");
            // a batch of INSERTs travels as multi-row INSERTs: several times faster for many small rows
            p.setProperty("reWriteBatchedInserts", "true");
            // commits need not wait for the disk: a copy cut short is dropped and run again anyway (the reads are unaffected)
            p.setProperty("options", "-c synchronous_commit=off");
            try {
                return DriverManager.getConnection(url.jdbcUrl(), p);
            } catch (SQLException e) {
                // the driver's message names the host and user, never the password
                throw new DatabaseUnavailable("cannot connect to the database " + url + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return url.toString();
        }
    }
}
