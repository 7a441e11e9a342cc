package io.newsdesk.app.store.copy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's counters behind serial and identity columns. Rows are copied with their own ids, which do not move
 * a sequence, so after the copy each is set past the largest id, or the site's next insert would collide. Today's
 * schema makes every id in the application; this keeps a later migration's counter right without knowing it.
 * (SQLite needs nothing: an explicit id moves its AUTOINCREMENT counter.)
 */
final class Sequences {
    private Sequences() {
    }

    /** The columns of the current schema filled by a sequence: {@code table.column}. */
    static Set<String> columns(Connection c) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                     + " AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')")) {
            while (rs.next()) found.add(rs.getString(1) + "." + rs.getString(2));
        }
        return found;
    }

    /** The identity columns that refuse an explicit value unless the INSERT says {@code OVERRIDING SYSTEM VALUE}. */
    static Set<String> alwaysGenerated(Connection c) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
                     + " AND is_identity = 'YES' AND identity_generation = 'ALWAYS'")) {
            while (rs.next()) found.add(rs.getString(1));
        }
        return found;
    }

    /** Sets every sequence of the current schema past its column's largest value; returns what it set. */
    static List<String> setPastLargest(Connection c) throws SQLException {
        List<String> set = new ArrayList<>();
        for (String column : columns(c)) {
            String[] tc = column.split("\\.", 2);
            String sql = "SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(" + SchemaTables.quote(tc[1]) + ") FROM "
                    + SchemaTables.quote(tc[0]) + "), 0) + 1, false)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, SchemaTables.quote(tc[0]));
                ps.setString(2, tc[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    set.add(column + " → " + rs.getLong(1));
                }
            }
        }
        c.commit();
        set.sort(null);
        return set;
    }
}
