package io.newsdesk.app.store.copy;

import io.newsdesk.app.store.Dialect;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code db copy}: a whole site from one database into an empty one, SQLite or PostgreSQL either way (issue 15,
 * "Moving a site"). The target's schema is made by the site's own Flyway migrations; then every table of the
 * schema (whatever the migrations made, not a list kept here) is read from one read-only snapshot of the source in
 * key order and written in batches, a transaction per {@link #COMMIT_ROWS} rows. At the end the plain indexes
 * are built (they are dropped while rows arrive), the foreign keys checked, PostgreSQL's sequences set past the largest id, and each table's row count compared. The source is
 * opened read-only; a copy that fails leaves the target empty again, so it can simply be run again.
 */
public final class DatabaseCopy {
    /** Rows sent to the target in one JDBC batch (PostgreSQL: rewritten as multi-row INSERTs). */
    static final int BATCH_ROWS = 500;
    /** Rows written in one target transaction. */
    static final int COMMIT_ROWS = 10_000;
    /** A table this long also reports its progress as it goes. */
    private static final int PROGRESS_ROWS = 50_000;

    /** One table: rows in the source's snapshot and rows in the copy. */
    public record TableCount(String table, long source, long copied, Duration took) {
        public boolean equal() {
            return source == copied;
        }
    }

    /** What a copy did: each table's counts (all equal, or the copy would have been refused) and the sequences set. */
    public record Report(String from, String to, String schemaVersion, List<TableCount> tables, List<String> sequences, Duration took) {
        public long rows() {
            return tables.stream().mapToLong(TableCount::copied).sum();
        }
    }

    private final CopyEnd from;
    private final CopyEnd to;
    private final Consumer<String> progress;

    private DatabaseCopy(CopyEnd from, CopyEnd to, Consumer<String> progress) {
        this.from = from;
        this.to = to;
        this.progress = progress;
    }

    /** Copies {@code from} into the empty {@code to}, telling {@code progress} a line per table as it goes. */
    public static Report copy(CopyEnd from, CopyEnd to, Consumer<String> progress) {
        if (sameDatabase(from, to)) throw new CopyRefused("the source and the target are the same database (" + to + ")");
        try {
            return new DatabaseCopy(from, to, progress).run();
        } catch (SQLException e) {
            throw new CopyRefused(e.getMessage(), e);
        }
    }

    private Report run() throws SQLException {
        long start = System.nanoTime();
        try (Connection source = from.readOnly()) {
            source.setAutoCommit(false); // one read transaction: every table from the same snapshot
            String version = schemaVersion(source);
            if (version == null) throw new CopyRefused(from + " holds no Newsdesk site (no schema history); nothing to copy");
            SchemaTables sourceTables = SchemaTables.read(source);
            refuseUnlessEmpty();
            progress.accept("Creating the schema in " + to + " (migrations up to version " + version + ") …");
            try {
                to.migrate();
            } catch (RuntimeException e) {
                emptyTarget();
                throw e;
            }
            try (Connection target = to.forWriting()) {
                try {
                    Report report = copyInto(source, sourceTables, version, target, start);
                    source.rollback();
                    return report;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(target);
                    emptyTarget();
                    String why = e.getMessage();
                    throw new CopyRefused(why + (why != null && why.endsWith(".") ? "" : ".") + " Nothing was kept: " + to + " is empty again.", e);
                }
            }
        }
    }

    private Report copyInto(Connection source, SchemaTables sourceTables, String sourceVersion, Connection target, long start) throws SQLException {
        String targetVersion = schemaVersion(target);
        if (!sourceVersion.equals(targetVersion)) {
            throw new CopyRefused("the source's schema is at version " + sourceVersion + " and this Newsdesk's at " + targetVersion
                    + (compareVersions(sourceVersion, targetVersion) < 0
                    ? ": start this version of Newsdesk on the source once (it migrates the schema), then copy"
                    : ": the source was written by a newer Newsdesk; copy with that version"));
        }
        SchemaTables targetTables = SchemaTables.read(target);
        matchSchemas(sourceTables, targetTables);
        ForeignKeys keys = ForeignKeys.relax(target, to.dialect());
        SecondaryIndexes indexes = SecondaryIndexes.drop(target, to.dialect());
        Set<String> overriding = to.dialect() == Dialect.POSTGRESQL ? Sequences.alwaysGenerated(target) : Set.of();
        try (Statement st = target.createStatement()) {
            // a migration may seed rows (none does today): the source's rows, seeds included, are the ones to keep
            for (SchemaTables.Table t : targetTables.tables()) st.executeUpdate("DELETE FROM " + t.quotedName());
        }
        target.commit();
        List<TableCount> counts = new ArrayList<>();
        for (SchemaTables.Table t : targetTables.tables()) {
            long tableStart = System.nanoTime();
            long copied = copyTable(source, target, t, overriding.contains(t.name()));
            Duration took = Duration.ofNanos(System.nanoTime() - tableStart);
            counts.add(new TableCount(t.name(), count(source, t), count(target, t), took));
            progress.accept(String.format(Locale.ROOT, "  %-24s %,12d rows  %6.1f s", t.name(), copied, took.toMillis() / 1000.0));
        }
        progress.accept("Building the indexes and checking references …");
        indexes.rebuild(target);
        keys.restoreAndCheck(target);
        List<String> sequences = to.dialect() == Dialect.POSTGRESQL ? Sequences.setPastLargest(target) : List.of();
        List<String> unequal = counts.stream().filter(c -> !c.equal())
                .map(c -> c.table() + " (" + c.source() + " in the source, " + c.copied() + " copied)").toList();
        if (!unequal.isEmpty()) throw new CopyRefused("row counts differ after the copy: " + String.join(", ", unequal));
        return new Report(from.toString(), to.toString(), sourceVersion, List.copyOf(counts), sequences, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Streams one table in key order into the target: a JDBC batch per {@link #BATCH_ROWS}, a commit per {@link #COMMIT_ROWS}. */
    private long copyTable(Connection source, Connection target, SchemaTables.Table t, boolean overridingIdentity) throws SQLException {
        List<SchemaTables.Column> columns = t.columns();
        String select = "SELECT " + t.columnList() + " FROM " + t.quotedName() + " ORDER BY " + t.keyList();
        String insert = "INSERT INTO " + t.quotedName() + " (" + t.columnList() + ")" + (overridingIdentity ? " OVERRIDING SYSTEM VALUE" : "")
                + " VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long rows = 0;
        String batchStart = null;
        try (Statement read = source.createStatement(); PreparedStatement write = target.prepareStatement(insert)) {
            read.setFetchSize(BATCH_ROWS); // PostgreSQL streams with a cursor instead of loading the table
            try (ResultSet rs = read.executeQuery(select)) {
                while (rs.next()) {
                    if (batchStart == null) batchStart = keyOf(rs, t);
                    for (int i = 0; i < columns.size(); i++) columns.get(i).kind().write(write, i + 1, columns.get(i).kind().read(rs, i + 1));
                    write.addBatch();
                    rows++;
                    if (rows % BATCH_ROWS == 0) {
                        send(write, t, batchStart);
                        batchStart = null;
                    }
                    if (rows % COMMIT_ROWS == 0) target.commit();
                    if (rows % PROGRESS_ROWS == 0) progress.accept(String.format(Locale.ROOT, "  %-24s %,12d rows …", t.name(), rows));
                }
            }
            if (batchStart != null) send(write, t, batchStart);
        }
        target.commit();
        return rows;
    }

    private static void send(PreparedStatement write, SchemaTables.Table t, String batchStart) throws SQLException {
        try {
            write.executeBatch();
        } catch (BatchUpdateException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new CopyRefused("cannot write the rows of " + t.name() + " from " + batchStart + " on: " + cause.getMessage(), e);
        }
    }

    /** The key of the current row, for an error message: {@code (id=…)}. */
    private static String keyOf(ResultSet rs, SchemaTables.Table t) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String k : t.key()) {
            String v = rs.getString(k);
            parts.add(k + "=" + (v != null && v.length() > 80 ? v.substring(0, 80) + "…" : v));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static long count(Connection c, SchemaTables.Table t) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t.quotedName())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The newest migration applied (Flyway's history), or null when the database has no Newsdesk schema. */
    private static String schemaVersion(Connection c) throws SQLException {
        boolean hasHistory = SchemaTables.allTableNames(c).stream().anyMatch(n -> n.equalsIgnoreCase(SchemaTables.FLYWAY_HISTORY));
        if (!hasHistory) return null;
        String newest = null;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + SchemaTables.quote("version") + " FROM " + SchemaTables.FLYWAY_HISTORY
                     + " WHERE " + SchemaTables.quote("success") + " AND " + SchemaTables.quote("version") + " IS NOT NULL")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (newest == null || compareVersions(v, newest) > 0) newest = v;
            }
        }
        return newest;
    }

    /** Compares Flyway versions ("9" before "10", "1.2" before "1.10"). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) return Long.compare(p, q);
        }
        return 0;
    }

    /** The same tables with the same columns on both ends (both at the same migration, so a difference is a hand-made change). */
    private static void matchSchemas(SchemaTables source, SchemaTables target) {
        List<String> problems = new ArrayList<>();
        for (SchemaTables.Table t : source.tables()) {
            SchemaTables.Table other = target.table(t.name());
            if (other == null) {
                problems.add("the source has a table " + t.name() + " that the migrations do not make");
                continue;
            }
            List<String> a = t.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList();
            List<String> b = other.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList();
            if (!a.equals(b)) problems.add(t.name() + " has the columns " + a + " in the source but " + b + " in the target");
        }
        for (SchemaTables.Table t : target.tables()) {
            if (source.table(t.name()) == null) problems.add("the source has no table " + t.name());
        }
        if (!problems.isEmpty()) throw new CopyRefused("the source's schema is not the one its migrations make: " + String.join("; ", problems));
    }

    /** Refuses a target that holds any table: the copy never mixes two sites or overwrites one. */
    private void refuseUnlessEmpty() throws SQLException {
        if (to instanceof CopyEnd.Sqlite s && !java.nio.file.Files.exists(s.file())) return;
        try (Connection c = to.readOnly()) {
            List<String> tables = SchemaTables.allTableNames(c);
            if (!tables.isEmpty()) {
                String named = tables.size() <= 5 ? String.join(", ", tables) : String.join(", ", tables.subList(0, 5)) + " …";
                throw new CopyRefused(to + " is not empty: it has " + tables.size() + (tables.size() == 1 ? " table (" : " tables (") + named
                        + "). db copy writes only into an empty database: "
                        + (to instanceof CopyEnd.Postgres ? "create a new one (createdb) and name it with --to" : "name a new data directory with --to"));
            }
        }
    }

    /** Drops every table the copy made, so a failed copy leaves the target as it found it: empty. */
    private void emptyTarget() {
        try (Connection c = to.forWriting(); Statement st = c.createStatement()) {
            for (String table : SchemaTables.allTableNames(c)) {
                st.execute("DROP TABLE IF EXISTS " + SchemaTables.quote(table) + (to.dialect() == Dialect.POSTGRESQL ? " CASCADE" : ""));
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            progress.accept("Could not empty " + to + " after the failure (" + e.getMessage() + "): drop its tables before copying again.");
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; the failure being reported matters more
        }
    }

    private static boolean sameDatabase(CopyEnd a, CopyEnd b) {
        if (a instanceof CopyEnd.Sqlite x && b instanceof CopyEnd.Sqlite y) {
            return x.dir().toAbsolutePath().normalize().equals(y.dir().toAbsolutePath().normalize());
        }
        if (a instanceof CopyEnd.Postgres x && b instanceof CopyEnd.Postgres y) {
            return x.url().host().equalsIgnoreCase(y.url().host()) && x.url().port() == y.url().port() && x.url().database().equals(y.url().database());
        }
        return false;
    }
}
