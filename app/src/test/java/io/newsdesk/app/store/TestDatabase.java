package io.newsdesk.app.store;

import java.nio.file.Path;
import java.util.Optional;

/** The two databases a test runs on: {@code @ParameterizedClass @EnumSource(TestDatabase.class)} runs it on each. */
public enum TestDatabase {
    SQLITE,
    POSTGRESQL;

    /**
     * A new, empty database: SQLite in {@code dir}, or a fresh database on the shared test PostgreSQL. Each
     * {@link Place#open} opens that same database again (a restart, or a second process over it).
     */
    public Place fresh(Path dir) {
        return new Place(this == POSTGRESQL ? Optional.of(TestPostgres.freshDatabase()) : Optional.empty(), dir);
    }

    /** Where a test's database is: a PostgreSQL URL, or none for SQLite in the data directory. */
    public record Place(Optional<DatabaseUrl> url, Path dir) {
        public Database open() {
            return Database.open(url, dir);
        }
    }
}
