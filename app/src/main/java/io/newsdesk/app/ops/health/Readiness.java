package io.newsdesk.app.ops.health;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;

/**
 * Whether this node can serve: the database answers, its schema is at the version this code migrated it to, and
 * the search index is open. The expected version is read when the site starts: the database was opened through
 * {@code Database.open}, which ran every migration this build carries, so the newest applied one then is the one
 * this code needs. A later schema (a newer node migrated further) is fine; an older or failed one is not.
 */
public final class Readiness {
    /** The answer: ready, or the short reason why not. */
    public record Check(boolean ready, String reason) {
        static final Check READY = new Check(true, "ready");
    }

    private record Migration(String version, boolean success) {}

    private final Jdbi jdbi;
    private final BooleanSupplier indexOpen;
    private final MigrationVersion expected;

    public Readiness(Jdbi jdbi, BooleanSupplier indexOpen) {
        this.jdbi = jdbi;
        this.indexOpen = indexOpen;
        this.expected = newest(migrations()).orElse(MigrationVersion.EMPTY);
    }

    public Check check() {
        List<Migration> applied;
        try {
            applied = migrations();
        } catch (RuntimeException e) {
            return new Check(false, "database unreachable: " + firstLine(e));
        }
        if (applied.stream().anyMatch(m -> !m.success())) return new Check(false, "a database migration failed");
        MigrationVersion at = newest(applied).orElse(MigrationVersion.EMPTY);
        if (at.compareTo(expected) < 0) {
            return new Check(false, "database migrations not done (schema at " + at + ", this version needs " + expected + ")");
        }
        if (!indexOpen.getAsBoolean()) return new Check(false, "search index not open");
        return Check.READY;
    }

    private List<Migration> migrations() {
        return jdbi.withHandle(h -> h.createQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")
                .setQueryTimeout(5).map((rs, ctx) -> new Migration(rs.getString(1), rs.getBoolean(2))).list());
    }

    private static java.util.Optional<MigrationVersion> newest(List<Migration> applied) {
        return applied.stream().filter(Migration::success).map(m -> MigrationVersion.fromVersion(m.version()))
                .max(MigrationVersion::compareTo);
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        m = m.strip().lines().findFirst().orElse("");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
