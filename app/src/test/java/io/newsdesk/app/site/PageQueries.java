package io.newsdesk.app.site;

import io.newsdesk.app.web.RenderThreads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Every query a page runs, with the plan the database chose for it: a JDBI {@link SqlLogger} on the site's own
 * {@code Jdbi} that, just before a request's thread (its virtual thread, or the render thread rendering its page)
 * executes a SELECT, asks the same connection for its plan with the same bound values. So the plan test
 * enumerates the queries by rendering pages over HTTP: none is missed, none is copied.
 */
public final class PageQueries implements SqlLogger {
    /** One query as run, and its plan (SQLite's EXPLAIN QUERY PLAN details, or PostgreSQL's EXPLAIN lines). */
    public record Query(String sql, List<String> plan) {
        /** The plan lines that read a large table whole or sort a large set, with why; empty when it is bounded. */
        public List<String> problems(boolean postgres) {
            List<String> found = new ArrayList<>();
            List<String> big = largeTablesIn(sql);
            if (big.isEmpty()) return found;
            String flat = sql.replaceAll("\\s+", " ");
            boolean smallSort = SMALL_SORTS.stream().anyMatch(flat::contains);
            // a count reads every entry it counts: one article's rows are few, a list's (an author's, a section's) are not
            Matcher count = COUNT.matcher(flat);
            while (count.find()) {
                boolean small = ONE_ARTICLE.contains(count.group(2))
                        || SMALL_COUNTS.stream().anyMatch(list -> flat.startsWith(list, count.start()));
                if (LARGE.contains(count.group(1)) && !small) found.add("counts a list: " + count.group());
            }
            for (String line : plan) {
                if (postgres) {
                    Matcher seq = Pattern.compile("Seq Scan on (\\w+)").matcher(line);
                    if (seq.find() && LARGE.contains(seq.group(1))) found.add("reads every row: " + line.strip());
                    if (!smallSort && line.matches("\\s*(->\\s+)?(Incremental )?Sort\\s+\\(.*")) found.add("sorts: " + line.strip());
                } else {
                    Matcher scan = Pattern.compile("^SCAN (\\w+)( USING (?:COVERING )?INDEX)?").matcher(line);
                    // an index walked in its order stops at the LIMIT (the newsroom's unfiltered list, a count up to
                    // its cap); a table read whole, or an index walked without a LIMIT, does not
                    if (scan.find() && big.contains(scan.group(1)) && (scan.group(2) == null || !flat.contains(" LIMIT "))) {
                        found.add("reads every row: " + line);
                    }
                    // an index searched by a status alone holds most of the table under one value: bounded only when
                    // read in the index's order up to a LIMIT (the newest lists), not when filtering it for a few ids
                    Matcher byStatus = STATUS_ONLY.matcher(line);
                    if (byStatus.find() && big.contains(byStatus.group(1)) && !flat.contains(" LIMIT ") && !WHOLE_PASSES.contains(flat)) {
                        found.add("reads every row of a status: " + line);
                    }
                    if (!smallSort && line.startsWith("USE TEMP B-TREE")) found.add("sorts: " + line);
                }
            }
            return found;
        }
    }

    /**
     * Sorts of rows that belong to one article or to one page's few cards, bounded by that, not by the site: an
     * article's byline (ORDER BY position), its corrections, and the bylines of a feed's items; and two of the newsroom's.
     */
    static final List<String> SMALL_SORTS = List.of(
            "WHERE aa.article_id = ? ORDER BY aa.position",
            "FROM article_corrections WHERE article_id = ? ORDER BY corrected_at, id",
            "WHERE aa.article_id IN (",
            // the newsroom: the authors by name (a site has hundreds; the count beside each stops at its cap), and the
            // translations waiting for an editor (two states of a queue an editor works down)
            "FROM authors au WHERE LOWER(au.name) LIKE ? ESCAPE '!' ORDER BY LOWER(au.name), au.id",
            "FROM article_translations WHERE state IN (?,?) ORDER BY updated_at, article_id LIMIT ?",
            // the newsroom's title search in an author's list: the end of its stretch (the row 50,000 rows from the
            // place, NewsroomArticles.SEARCHED), and its matches inside that stretch, or in the rest of the list when
            // fewer rows remain. PostgreSQL's planner sorts the author's few hundred byline rows here rather than walk
            // the index; with 57,000 (a 400,000-article site) it walked the index for both (docs/benchmarks.md)
            "ORDER BY aa.changed_at DESC, aa.article_id DESC LIMIT 1 OFFSET ?",
            "ORDER BY aa.changed_at ASC, aa.article_id ASC LIMIT 1 OFFSET ?",
            "LIKE ? ESCAPE '\\' AND (aa.changed_at, aa.article_id) ",
            "LIKE ? ESCAPE '\\' ORDER BY aa.changed_at");

    /** {@code COUNT(*) FROM table [alias] WHERE [alias.]column}: what is counted, and by which column. */
    private static final Pattern COUNT = Pattern.compile("COUNT\\(\\*\\) FROM (\\w+)(?: \\w+)? WHERE (?:\\w+\\.)?(\\w+)");
    /** Columns that pick the rows of one article. */
    private static final List<String> ONE_ARTICLE = List.of("id", "article_id");
    /** Counts of lists that stay small: a story's reports (one per outlet that covered it). */
    static final List<String> SMALL_COUNTS = List.of("COUNT(*) FROM articles WHERE status = 'published' AND story_id = ?");

    /**
     * Queries that read a whole list on purpose: the sitemaps count the published articles into blocks of 50,000 in one
     * pass over the index (no row read; 225 ms at 1,000,000 articles, once after each change for the index and all its
     * sitemaps, for crawlers: docs/benchmarks.md).
     */
    static final List<String> WHOLE_PASSES = List.of(
            "SELECT CASE WHEN a.updated_at > a.published_at THEN a.updated_at ELSE a.published_at END AS changed, a.published_at,"
                    + " a.id FROM articles a WHERE a.status = 'published' ORDER BY a.published_at, a.id");

    /** Tables that grow with the site (articles and what hangs off each article, and the audit log of every change). */
    static final List<String> LARGE = List.of("articles", "article_authors", "comments", "page_views", "article_revisions",
            "article_translations", "article_corrections", "stories", "imported_items", "telegram_posts", "audit_log");
    private static final Pattern STATUS_ONLY = Pattern.compile("^SEARCH (\\w+) USING (?:COVERING )?INDEX \\w+ \\((?:status|state)=\\?\\)$");
    private static final Pattern TABLE_REF = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?");

    private final boolean postgres;
    private final Predicate<Thread> whose;
    private final List<Query> captured = Collections.synchronizedList(new ArrayList<>());

    /**
     * The queries of requests: their virtual threads, and the render threads that render a page missing from the cache
     * (the site's background tasks run on other platform threads). Watching virtual threads alone, it saw no query of a
     * cached page type once renders had moved to their own threads (6b44344), and the plan test judged the search alone.
     */
    PageQueries(boolean postgres) {
        this(postgres, t -> t.isVirtual() || RenderThreads.isRenderThread(t));
    }

    /** The queries run on the threads {@code whose} accepts (a test that calls a background task itself: its own). */
    public PageQueries(boolean postgres, Predicate<Thread> whose) {
        this.postgres = postgres;
        this.whose = whose;
    }

    /** The queries captured since the last call, in order; the list starts again empty. */
    public List<Query> take() {
        synchronized (captured) {
            List<Query> all = List.copyOf(captured);
            captured.clear();
            return all;
        }
    }

    @Override
    public void logBeforeExecution(StatementContext ctx) {
        if (!whose.test(Thread.currentThread())) return;
        String sql = ctx.getParsedSql().getSql();
        String start = sql.stripLeading();
        // a read is a SELECT, or a WITH (a recursive CTE reads distinct values by index seeks: store.DistinctValues)
        if (!start.regionMatches(true, 0, "SELECT", 0, 6) && !start.regionMatches(true, 0, "WITH", 0, 4)) {
            captured.add(new Query(sql, List.of())); // a write is a round trip too, with no plan to judge
            return;
        }
        try {
            captured.add(new Query(sql, plan(ctx, sql)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not explain " + sql, e);
        }
    }

    private List<String> plan(StatementContext ctx, String sql) throws SQLException {
        Connection c = ctx.getConnection();
        List<String> lines = new ArrayList<>();
        if (postgres) {
            // on a test-sized table reading it whole (or its pages by bitmap, then sorting) is cheapest; what matters
            // is whether an index serves the query in its order, so those two are priced out
            try (Statement s = c.createStatement()) { s.execute("SET enable_seqscan = off; SET enable_bitmapscan = off"); }
        }
        try (PreparedStatement ps = c.prepareStatement((postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql)) {
            bind(ctx, ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) lines.add(rs.getString(postgres ? 1 : 4));
            }
        } finally {
            if (postgres) try (Statement s = c.createStatement()) { s.execute("RESET enable_seqscan; RESET enable_bitmapscan"); }
        }
        return lines;
    }

    private static void bind(StatementContext ctx, PreparedStatement ps) throws SQLException {
        ParsedParameters params = ctx.getParsedSql().getParameters();
        for (int i = 0; i < params.getParameterCount(); i++) {
            Argument arg = params.isPositional() ? ctx.getBinding().findForPosition(i).orElseThrow()
                    : ctx.getBinding().findForName(params.getParameterNames().get(i), ctx).orElseThrow();
            arg.apply(i + 1, ps, ctx);
        }
    }

    /** The names (and aliases) under which {@code sql} reads a large table. */
    static List<String> largeTablesIn(String sql) {
        List<String> names = new ArrayList<>();
        Matcher m = TABLE_REF.matcher(sql);
        while (m.find()) {
            if (!LARGE.contains(m.group(1).toLowerCase())) continue;
            names.add(m.group(1).toLowerCase());
            String alias = m.group(2);
            if (alias != null && !alias.matches("(?i)WHERE|ON|JOIN|LEFT|INNER|ORDER|GROUP|LIMIT|USING")) names.add(alias);
        }
        return names;
    }
}
