package io.newsdesk.app.store.copy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * How a column's values are read from one database and written to the other, chosen from the declared type
 * (the migrations' portable types, as each database names them: {@code BIGINT}/{@code int8},
 * {@code BOOLEAN}/{@code bool} …). SQLite keeps a boolean as 0 or 1 and may hand back an integer as an
 * {@code Integer} or a {@code Long}; PostgreSQL wants a real boolean and the exact type, so each value is read
 * and written as its kind.
 */
enum ColumnKind {
    INTEGER(Types.BIGINT) {
        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            long v = rs.getLong(i);
            return rs.wasNull() ? null : v;
        }
    },
    BOOLEAN(Types.BOOLEAN) {
        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            Object v = rs.getObject(i);
            return switch (v) {
                case null -> null;
                case Boolean b -> b;
                case Number n -> n.longValue() != 0;
                default -> {
                    String s = v.toString().strip().toLowerCase(Locale.ROOT);
                    yield s.equals("1") || s.equals("true") || s.equals("t");
                }
            };
        }
    },
    REAL(Types.DOUBLE) {
        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            double v = rs.getDouble(i);
            return rs.wasNull() ? null : v;
        }
    },
    DECIMAL(Types.NUMERIC) {
        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            return rs.getBigDecimal(i);
        }
    },
    TEXT(Types.VARCHAR) {
        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            return rs.getString(i);
        }
    },
    BYTES(Types.BINARY) {
        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            return rs.getBytes(i);
        }
    },
    OTHER(Types.OTHER) {
        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i);
        }
    };

    private final int sqlType;

    ColumnKind(int sqlType) {
        this.sqlType = sqlType;
    }

    /** The kind of a column declared as {@code typeName} (SQLite's declared text or PostgreSQL's type name). */
    static ColumnKind ofDeclaredType(String typeName) {
        String t = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
        if (t.startsWith("BOOL")) return BOOLEAN;
        if (t.contains("INT") || t.equals("SERIAL") || t.equals("BIGSERIAL")) return INTEGER;
        if (t.contains("CHAR") || t.contains("TEXT") || t.contains("CLOB")) return TEXT;
        if (t.contains("BLOB") || t.contains("BYTEA") || t.contains("BINARY")) return BYTES;
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) return REAL;
        if (t.contains("NUMERIC") || t.contains("DECIMAL")) return DECIMAL;
        return OTHER;
    }

    /** The value of column {@code i} of the current row, as this kind's Java type (null for SQL NULL). */
    abstract Object read(ResultSet rs, int i) throws SQLException;

    /** Binds {@code value} (from {@link #read}) to parameter {@code i}. */
    void write(PreparedStatement ps, int i, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(i, sqlType);
            return;
        }
        switch (this) {
            case INTEGER -> ps.setLong(i, (Long) value);
            case BOOLEAN -> ps.setBoolean(i, (Boolean) value);
            case REAL -> ps.setDouble(i, (Double) value);
            case DECIMAL -> ps.setBigDecimal(i, (java.math.BigDecimal) value);
            case TEXT -> ps.setString(i, (String) value);
            case BYTES -> ps.setBytes(i, (byte[]) value);
            case OTHER -> ps.setObject(i, value);
        }
    }
}
