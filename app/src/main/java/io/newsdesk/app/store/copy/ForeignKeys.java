package io.newsdesk.app.store.copy;

import io.newsdesk.app.store.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The target's foreign keys, off while rows arrive and checked once at the end. Tables are copied one after
 * another and rows in key order, so a row may come before the row it references (a reply before its comment).
 * SQLite: the copy's connection does not enforce them, and {@code PRAGMA foreign_key_check} looks at every row
 * at the end. PostgreSQL has no such switch for a table's owner: the constraints are dropped and added again,
 * which checks every row.
 */
final class ForeignKeys {
    private final Dialect dialect;
    private final List<String[]> dropped = new ArrayList<>();

    private ForeignKeys(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Turns the target's foreign keys off for the copy (committed). */
    static ForeignKeys relax(Connection target, Dialect dialect) throws SQLException {
        ForeignKeys keys = new ForeignKeys(dialect);
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement st = target.createStatement();
                 ResultSet rs = st.executeQuery("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                         + " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY conrelid::regclass::text, conname")) {
                while (rs.next()) keys.dropped.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
            try (Statement st = target.createStatement()) {
                for (String[] k : keys.dropped) st.execute("ALTER TABLE " + k[0] + " DROP CONSTRAINT " + SchemaTables.quote(k[1]));
            }
            target.commit();
        }
        return keys;
    }

    /** Checks every row against the foreign keys (and, on PostgreSQL, puts them back); refuses the copy if one fails. */
    void restoreAndCheck(Connection target) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement st = target.createStatement()) {
                for (String[] k : dropped) {
                    try {
                        st.execute("ALTER TABLE " + k[0] + " ADD CONSTRAINT " + SchemaTables.quote(k[1]) + " " + k[2]);
                    } catch (SQLException e) {
                        throw new CopyRefused("the copied rows of " + k[0] + " break its reference " + k[2] + ": " + e.getMessage(), e);
                    }
                }
            }
            target.commit();
            return;
        }
        List<String> broken = new ArrayList<>();
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next() && broken.size() < 5) broken.add(rs.getString(1) + " row " + rs.getLong(2) + " → " + rs.getString(3));
        }
        if (!broken.isEmpty()) throw new CopyRefused("copied rows reference rows that are not there: " + String.join("; ", broken));
    }
}
