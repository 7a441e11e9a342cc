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

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        this.jdbi = Jdbi.create(dataSource);
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
        return new Database(new HikariDataSource(config));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
