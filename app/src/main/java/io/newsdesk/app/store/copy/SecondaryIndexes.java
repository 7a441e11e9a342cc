package io.newsdesk.app.store.copy;

import io.newsdesk.app.store.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The target's plain indexes (those the migrations create with {@code CREATE INDEX}; not the ones behind primary
 * keys and unique constraints, which must check rows as they arrive), dropped before the rows are copied and built
 * again from their own definitions afterwards: one sorted build per index instead of an update per row, which is
 * most of the cost of writing 200,000 articles with their seven indexes.
 */
final class SecondaryIndexes {
    private final List<String> definitions;

    private SecondaryIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Drops the target's plain indexes (committed), keeping their definitions. */
    static SecondaryIndexes drop(Connection target, Dialect dialect) throws SQLException {
        List<String[]> found = new ArrayList<>(); // name, definition
        String query = dialect == Dialect.POSTGRESQL
                ? "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                  + " JOIN pg_class t ON t.oid = x.indrelid WHERE t.relnamespace = current_schema()::regnamespace"
                  + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY i.relname"
                // SQLite: indexes with no SQL are the automatic ones of PRIMARY KEY and UNIQUE
                : "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) found.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        try (Statement st = target.createStatement()) {
            for (String[] index : found) st.execute("DROP INDEX " + SchemaTables.quote(index[0]));
        }
        target.commit();
        return new SecondaryIndexes(found.stream().map(i -> i[1]).toList());
    }

    /** Builds every dropped index again (committed). */
    void rebuild(Connection target) throws SQLException {
        try (Statement st = target.createStatement()) {
            for (String definition : definitions) st.execute(definition);
        }
        target.commit();
    }
}
