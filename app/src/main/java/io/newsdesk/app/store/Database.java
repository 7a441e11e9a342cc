package io.newsdesk.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** The database: a pooled connection source, migrated by Flyway at start-up. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        try {
            // the same migrations on both databases (docs/architecture.md, "Two databases")
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        this.jdbi = Jdbi.create(dataSource);
        SqlCaches.install(jdbi);
        jdbi.getConfig(Dialect.Setting.class).dialect(dialect);
        if (dialect == Dialect.SQLITE) jdbi.setStatementBuilderFactory(new KeptStatements());
    }

    /**
     * The database the configuration names: PostgreSQL when {@code url} is present ({@code NEWSDESK_DATABASE_URL}
     * or {@code --database}), otherwise the embedded SQLite in {@code dataDir}.
     */
    public static Database open(java.util.Optional<DatabaseUrl> url, Path dataDir) {
        return url.map(Database::postgresql).orElseGet(() -> sqlite(dataDir));
    }

    /** A PostgreSQL server shared by any number of nodes; its pool size and timeouts come from {@code url}. */
    public static Database postgresql(DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        if (url.password() != null) config.setPassword(url.password());
        config.setMaximumPoolSize(url.poolSize());
        config.setConnectionTimeout(url.connectTimeout().toMillis());
        config.setInitializationFailTimeout(url.connectTimeout().toMillis());
        config.addDataSourceProperty("connectTimeout", Math.max(1, url.connectTimeout().toSeconds()));
        // a runaway query ends instead of holding a connection (and its locks) for ever
        config.addDataSourceProperty("options", "-c statement_timeout=" + url.statementTimeout().toMillis());
        config.addDataSourceProperty("ApplicationName", "newsdesk");
        // a batch of INSERTs travels as multi-row INSERTs (an imported article's 64 story bands: one statement, not 64)
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setPoolName("postgresql");
        HikariDataSource source;
        try {
            source = new HikariDataSource(config);
        } catch (RuntimeException e) {
            // Hikari's message names the JDBC URL only (never the password)
            throw new DatabaseUnavailable("cannot connect to the database " + url + ": " + rootMessage(e), e);
        }
        return new Database(source, Dialect.POSTGRESQL);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }

    /** The embedded default: {@code dir/newsdesk.db}, SQLite in WAL mode. */
    public static Database sqlite(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(new SqliteConnections("jdbc:sqlite:" + dir.resolve("newsdesk.db").toAbsolutePath()));
        // SQLite allows one writer at a time; a few connections serve concurrent readers under WAL.
        config.setMaximumPoolSize(8);
        config.setPoolName("sqlite");
        return new Database(new HikariDataSource(config), Dialect.SQLITE);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
