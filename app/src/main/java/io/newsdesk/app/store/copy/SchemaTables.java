package io.newsdesk.app.store.copy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of a database's schema as JDBC describes them, on either database: what {@code db copy} copies. It
 * knows no table by name, so a table a later migration adds is copied too. Flyway's own history table is left
 * out: each end keeps the history of the migrations it ran.
 */
record SchemaTables(List<Table> tables) {
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** A table, its columns in their declared order, and the columns its rows are read in the order of. */
    record Table(String name, List<Column> columns, List<String> key) {
        String quotedName() {
            return quote(name);
        }

        String columnList() {
            return String.join(", ", columns.stream().map(c -> quote(c.name())).toList());
        }

        String keyList() {
            return String.join(", ", key.stream().map(SchemaTables::quote).toList());
        }
    }

    /** A column and how its values travel between the databases (from its declared type). */
    record Column(String name, ColumnKind kind) {
    }

    /** Every table of the connection's schema (PostgreSQL: the current schema), by name. */
    static SchemaTables read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.startsWith("sqlite_") && !lower.equals(FLYWAY_HISTORY)) names.add(name);
            }
        }
        names.sort(null);
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            // a table name is a LIKE pattern to JDBC: its underscores must match only underscores
            String pattern = name.replace("_", meta.getSearchStringEscape() + "_");
            tables.add(new Table(name, columns(meta, schema, pattern), key(meta, schema, name, pattern)));
        }
        return new SchemaTables(List.copyOf(tables));
    }

    /** How many tables the schema has, Flyway's history included: zero for an empty database. */
    static List<String> allTableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, Column> byPosition = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"),
                        new Column(rs.getString("COLUMN_NAME"), ColumnKind.ofDeclaredType(rs.getString("TYPE_NAME"))));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /**
     * The primary key; for a table without one (imported_items) a unique index's columns; failing that every
     * column, so the order is still the same on every read.
     */
    private static List<String> key(DatabaseMetaData meta, String schema, String table, String pattern) throws SQLException {
        Map<Integer, String> primary = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) primary.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        if (!primary.isEmpty()) return List.copyOf(primary.values());
        Map<String, Map<Integer, String>> unique = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index != null && column != null) unique.computeIfAbsent(index, i -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), column);
            }
        }
        if (!unique.isEmpty()) return List.copyOf(unique.values().iterator().next().values());
        return columns(meta, schema, pattern).stream().map(Column::name).toList();
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
