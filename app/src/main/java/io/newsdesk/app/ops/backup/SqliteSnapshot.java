package io.newsdesk.app.ops.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * A consistent copy of a live SQLite database with {@code VACUUM INTO}: it reads the database in one read
 * transaction (under WAL, writers go on meanwhile and none of their later commits is in the copy), and writes a
 * compact file that needs no -wal beside it. Then the copy is checked with {@code PRAGMA integrity_check}.
 */
final class SqliteSnapshot {
    private SqliteSnapshot() {
    }

    static void copy(Path database, Path target) throws SQLException {
        if (!Files.isRegularFile(database)) throw new IllegalArgumentException("no SQLite database at " + database);
        try (Connection c = open(database); PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        }
        List<String> problems = integrityProblems(target);
        if (!problems.isEmpty()) throw new IllegalStateException("the copy at " + target + " is damaged: " + String.join("; ", problems));
    }

    /** {@code PRAGMA integrity_check}'s complaints; empty when it says ok. */
    static List<String> integrityProblems(Path database) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = open(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) out.add(rs.getString(1));
            }
        }
        return out;
    }

    static long count(Path database, String table) throws SQLException {
        try (Connection c = open(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The newest migration applied (the schema's version). */
    static String schemaVersion(Path database) throws SQLException {
        try (Connection c = open(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                     + " ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private static Connection open(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000); // the site holds a lock for a moment (a checkpoint): wait, do not fail
        return config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
    }
}
