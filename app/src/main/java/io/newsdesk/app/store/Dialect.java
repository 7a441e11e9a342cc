package io.newsdesk.app.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * The database a {@link Jdbi} talks to, and the few SQL texts that must differ between SQLite and PostgreSQL.
 * Everything else is one portable text; when a query cannot be, its two forms live here, side by side, so a
 * reader sees every difference in one file. {@link Database} records the dialect in the Jdbi's configuration;
 * code that holds only a {@code Jdbi} or a {@code Handle} asks {@link #of}.
 */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    public static Dialect of(Jdbi jdbi) {
        return jdbi.getConfig(Setting.class).dialect;
    }

    public static Dialect of(Handle handle) {
        return handle.getConfig(Setting.class).dialect;
    }

    /**
     * The lock clause that ends a claiming {@code SELECT}: on PostgreSQL the rows are locked and rows another
     * claimer holds are passed over, so claimers never queue behind each other; SQLite has one writer at a time
     * (transactions begin IMMEDIATE) and no row locks, so nothing is added.
     */
    public String skipLocked() {
        return this == POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
    }

    /** The Jdbi configuration entry that carries the dialect (SQLite unless {@link Database} says otherwise). */
    public static final class Setting implements JdbiConfig<Setting> {
        private Dialect dialect = SQLITE;

        public Setting() {
        }

        private Setting(Setting other) {
            this.dialect = other.dialect;
        }

        public Setting dialect(Dialect d) {
            this.dialect = java.util.Objects.requireNonNull(d, "dialect");
            return this;
        }

        @Override
        public Setting createCopy() {
            return new Setting(this);
        }
    }
}
