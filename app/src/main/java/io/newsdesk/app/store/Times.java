package io.newsdesk.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Times are stored as UTC epoch milliseconds; these convert at the edge of the store. */
public final class Times {
    private Times() {}

    public static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
