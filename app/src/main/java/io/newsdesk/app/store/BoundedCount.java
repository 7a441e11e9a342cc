package io.newsdesk.app.store;

/**
 * The admin's counts of a site's articles (of a list filter, an author, a section) stop at {@link #CAP}: a count reads
 * every entry it counts, so an exact one grows with the site (all 1,000,000 of a large site's articles for the article
 * list, 66 ms; its sections, 0.5 s: docs/benchmarks.md), while past a few thousand the exact figure tells an editor
 * nothing. The SQL reads at most one more than the cap: {@code SELECT COUNT(*) FROM (SELECT 1 FROM ... LIMIT :cap) n}.
 */
public final class BoundedCount {
    public static final int CAP = 10_000;

    private BoundedCount() {}

    /** {@code SELECT COUNT(*)} of the rows {@code rows} selects (a SELECT without LIMIT), read up to one past {@link #CAP}. */
    public static String sql(String rows) {
        return sql(rows, CAP);
    }

    /** As {@link #sql(String)}, up to one past {@code cap} (a test's smaller cap). */
    static String sql(String rows, int cap) {
        return "SELECT COUNT(*) FROM (" + rows + " LIMIT " + (cap + 1) + ") n";
    }

    /** A count read up to one past {@link #CAP}, as shown: "10,000+" past the cap, else the number. */
    public static String shown(long counted) {
        return shown(counted, CAP);
    }

    /** A count read up to one past {@code cap}, as shown: "10,000+" past it, else the number. */
    static String shown(long counted, int cap) {
        return counted > cap ? String.format(java.util.Locale.ROOT, "%,d+", cap) : Long.toString(counted);
    }
}
