package io.newsdesk.app.store;

/**
 * The distinct values of an indexed column, by one index seek each (the first value after the last one found), instead
 * of a DISTINCT that reads every entry of the index: the languages of 1,000,000 articles took 133 ms that way, the
 * actions of an audit log grow with every login. Portable SQL (a recursive CTE; SQLite and PostgreSQL); the column's
 * index must begin with it.
 */
public final class DistinctValues {
    private DistinctValues() {}

    /** A query for the distinct non-null values of {@code table.column}, in order. Both names are the caller's constants. */
    public static String sql(String table, String column) {
        return """
                WITH RECURSIVE found (v) AS (
                    SELECT MIN(%2$s) FROM %1$s
                    UNION ALL
                    SELECT (SELECT MIN(t.%2$s) FROM %1$s t WHERE t.%2$s > f.v) FROM found f WHERE f.v IS NOT NULL)
                SELECT v FROM found WHERE v IS NOT NULL""".formatted(table, column);
    }
}
