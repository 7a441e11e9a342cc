package io.newsdesk.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;

/**
 * SQLite's read statements kept prepared on their connection between uses. Preparing (SQLite compiles the SQL each
 * time) was 7–8 % of an uncached article page's CPU. PostgreSQL's driver keeps its own server-side statements, so only
 * SQLite uses this.
 *
 * <p>A statement is kept on the pool's physical connection, not on the pool's per-checkout wrapper (which closes its
 * statements when the connection goes back), at most {@link #PER_CONNECTION} per connection, the least recently used
 * closed first. While one is in use it is out of the keep, so the same query run again inside its loop gets a
 * statement of its own. Only plain {@code SELECT}s are kept: writes, generated keys and DDL go the default way.
 * Closing a result set resets SQLite's statement, so a kept statement holds no read snapshot between uses
 * ({@code KeptStatementsTest}).
 */
final class KeptStatements implements StatementBuilderFactory {
    static final int PER_CONNECTION = 128;

    /** By physical connection; a closed one's entry is dropped when a new connection shows up. */
    private final Map<Connection, Keep> keeps = new ConcurrentHashMap<>();
    /** The kept statements in use now (JDBC statements compare by identity). */
    private final Map<Statement, Lent> lent = new ConcurrentHashMap<>();
    private final AtomicLong prepared = new AtomicLong();
    private final Builder builder = new Builder();

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        return builder;
    }

    /** How many statements are kept now, over all connections (for tests). */
    int kept() {
        return keeps.values().stream().mapToInt(Keep::size).sum();
    }

    /** How many keepable statements were prepared so far (for tests). */
    long prepared() {
        return prepared.get();
    }

    /**
     * A kept statement in use, with its connection and the SQL it was prepared from (Jdbi gives the builder's
     * {@code close} the statement's text as written, with its named parameters, not the SQL that was prepared).
     */
    private record Lent(SQLiteConnection connection, String sql) {}

    private Keep keepOf(SQLiteConnection physical) {
        Keep keep = keeps.get(physical);
        if (keep != null) return keep;
        keeps.keySet().removeIf(KeptStatements::isClosed);
        return keeps.computeIfAbsent(physical, c -> new Keep());
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    static boolean keepable(String sql, StatementContext ctx) {
        if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) return false;
        int i = 0;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) i++;
        return sql.regionMatches(true, i, "SELECT", 0, 6);
    }

    private final class Builder extends DefaultStatementBuilder {
        @Override
        public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            if (!keepable(sql, ctx)) return super.create(conn, sql, ctx);
            SQLiteConnection physical = conn.unwrap(SQLiteConnection.class);
            PreparedStatement statement = keepOf(physical).take(sql);
            if (statement == null) {
                statement = physical.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                prepared.incrementAndGet();
            }
            lent.put(statement, new Lent(physical, sql));
            return statement;
        }

        @Override
        public void close(Connection conn, String sql, Statement stmt) throws SQLException {
            Lent out = stmt == null ? null : lent.remove(stmt);
            if (out == null) {
                super.close(conn, sql, stmt);
                return;
            }
            PreparedStatement statement = (PreparedStatement) stmt;
            // Its parameters are not cleared: SQLite marks a statement whose bindings are cleared as expired when its
            // plan looked at a parameter, and compiles it again inside the next step (the article page's row query
            // then cost 175-200 µs of CPU instead of 75: docs/benchmarks.md). Every use binds all its parameters
            // (Jdbi fails on a missing one: KeptStatementsTest), so no value of an earlier use reaches a later one.
            try {
                ResultSet open = statement.getResultSet();
                if (open != null) open.close();
            } catch (SQLException e) {
                statement.close();
                throw e;
            }
            keepOf(out.connection()).give(out.sql(), statement);
        }
    }

    /** One connection's kept statements, least recently used first. */
    private static final class Keep {
        private final LinkedHashMap<String, PreparedStatement> bySql = new LinkedHashMap<>(16, 0.75f, true);

        synchronized PreparedStatement take(String sql) throws SQLException {
            PreparedStatement kept = bySql.remove(sql);
            return kept == null || kept.isClosed() ? null : kept;
        }

        synchronized void give(String sql, PreparedStatement statement) throws SQLException {
            PreparedStatement before = bySql.put(sql, statement);
            if (before != null) before.close();
            if (bySql.size() > PER_CONNECTION) {
                var eldest = bySql.entrySet().iterator().next();
                bySql.remove(eldest.getKey());
                eldest.getValue().close();
            }
        }

        synchronized int size() {
            return bySql.size();
        }
    }
}
