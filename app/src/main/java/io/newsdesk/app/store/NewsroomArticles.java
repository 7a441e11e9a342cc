package io.newsdesk.app.store;

import io.newsdesk.app.news.ArticleStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What the newsroom (the admin's article pages) reads about articles of every status: the filtered list, an
 * article's creator, its revisions and its corrections. Reading only; writes go through {@code content.ArticleWriter}.
 * The list is in order of the last change, (changed_at, id) newest first, and each filter is a column with an index in
 * that order (status, section, outlet, language, creator: V25; an author's, in the byline rows: V27), so a page reads
 * one index range up to its LIMIT. The title search is a substring match over what the other filters leave, in a
 * stretch of at most {@link #SEARCHED} rows of that list at a time (the whole list of a site smaller than that), not
 * counted: the page says how far back it searched and links the next stretch, so no request walks a large site's
 * whole list (a rare word's search of a 1,000,000-article site read all of it, twice with its count: 2.7 s).
 */
public final class NewsroomArticles {
    public static final int PAGE_SIZE = 50;
    /** Rows of the filtered list a title search reads at most in one request. */
    public static final int SEARCHED = 50_000;

    /**
     * The list's filter; every part is optional. {@code authorSlug} is the slug of a byline's name (as
     * {@code content.Slugs} makes it); {@code createdBy} is set for an author, who sees only their own.
     */
    public record Filter(String query, ArticleStatus status, String sectionId, String outletId, String language,
                         String authorSlug, String createdBy) {}

    public record Row(String id, String slug, String title, ArticleStatus status, String sectionName, String outletName,
                      String language, Instant publishedAt, Instant changedAt, String holdReason) {
        NewsroomPage.Place place() {
            return new NewsroomPage.Place(changedAt.toEpochMilli(), id);
        }
    }

    /**
     * A page of the list: {@code total} rows match (more when {@code moreThanTotal}), {@code pages} of them when that is
     * exact; {@code shown} is the page as shown (a number past the end asks for the last); {@code older} and
     * {@code newer} the pages either side, null at an end. A title search ({@code titles}) is not counted (its
     * matches are found a stretch at a time; a count of them read the stretch again, and PostgreSQL's planner
     * read the whole table for it); when its stretch ended before the list, {@code searchedTo} is the last row it read.
     */
    public record Page(List<Row> rows, int total, boolean moreThanTotal, NewsroomPage shown, int pages, NewsroomPage older,
                       NewsroomPage newer, boolean titles, Row searchedTo) {
        /** The count as shown: "10,000+" when the count stopped at its cap. */
        public String counted() {
            return moreThanTotal ? BoundedCount.shown(total + 1L, total) : Integer.toString(total);
        }

        /** What the pages of one list have in common: its count, and for a title search its stretch. */
        record Shape(int total, boolean more, int pages, boolean titles, Row searchedTo) {}

        Page with(NewsroomPage older, NewsroomPage newer) {
            return new Page(rows, total, moreThanTotal, shown, pages, older, newer, titles, searchedTo);
        }
    }

    public record Revision(String id, String title, String standfirst, String bodyHtml, Instant replacedAt, String revisedBy,
                           String kind) {}

    public record Correction(String note, Instant at) {}

    private final Jdbi jdbi;
    private final int countCap;
    private final int searched;

    public NewsroomArticles(Jdbi jdbi) {
        this(jdbi, BoundedCount.CAP, SEARCHED);
    }

    /**
     * @param countCap the list counts its rows up to this many (tests make it small)
     * @param searched a title search reads this many rows of the list at most (tests make it small)
     */
    public NewsroomArticles(Jdbi jdbi, int countCap, int searched) {
        this.jdbi = jdbi;
        this.countCap = countCap;
        this.searched = searched;
    }

    /**
     * A page of the list, newest change first, with its count: exact up to the cap ({@link BoundedCount}), past it
     * {@code moreThanTotal} (an exact count of "published" read all 1,000,000 entries of a large site, 275 ms).
     */
    public Page list(Filter f, NewsroomPage at) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> binds = new LinkedHashMap<>();
        Walk walk = present(f.authorSlug()) ? Walk.BYLINE : Walk.ARTICLES;
        if (walk == Walk.BYLINE) {
            where.append(" AND aa.author_id = (SELECT au.id FROM authors au WHERE au.slug = :author)");
            binds.put("author", f.authorSlug());
        }
        if (f.status() != null) {
            // the byline's copy of the status, for the range of (author, status) in the list's order
            where.append(walk == Walk.BYLINE ? " AND aa.status = :status" : " AND a.status = :status");
            binds.put("status", f.status().dbValue());
        }
        // (| rather than ||: every filter is added)
        boolean articleColumns = add(where, binds, "a.section_id", "section", f.sectionId())
                | add(where, binds, "a.outlet_id", "outlet", f.outletId())
                | add(where, binds, "a.language", "language", f.language())
                | add(where, binds, "a.created_by", "creator", f.createdBy());
        if (!present(f.query())) return jdbi.withHandle(h -> list(h, walk, where.toString(), binds, at, null, false));
        String q = "%" + likeEscaped(f.query().strip().toLowerCase(Locale.ROOT)) + "%";
        // the stretch's end is found in the walk's own rows when no filter names a column of the article
        String stretchFrom = articleColumns ? walk.from : walk.own;
        return jdbi.withHandle(h -> searched(h, walk, stretchFrom, where.toString(), binds, q, at));
    }

    /**
     * A page of a title search: the rows of the list ({@code listed}, bound by {@code binds}) whose title contains
     * {@code q} (a LIKE pattern), in the stretch that starts at the page's place (the top for a numbered page) and
     * holds at most {@link #SEARCHED} rows.
     */
    private Page searched(Handle h, Walk walk, String stretchFrom, String listed, Map<String, Object> binds, String q,
                          NewsroomPage at) {
        boolean upwards = at.newerThan() != null;
        // the stretch's last row, SEARCHED rows from the place; none when fewer remain, and the search reads to the end
        Row end = stretchEnd(h, walk, stretchFrom, listed, binds, upwards ? at.newerThan() : at.olderThan(), upwards);
        StringBuilder within = new StringBuilder(listed).append(" AND LOWER(a.title) LIKE :q ESCAPE '\\'");
        Map<String, Object> matching = new LinkedHashMap<>(binds);
        matching.put("q", q);
        if (end != null) {
            within.append(" AND (").append(walk.changedAt).append(", ").append(walk.id).append(")")
                    .append(upwards ? " <= " : " >= ").append("(:endAt, :endId)");
            matching.put("endAt", end.changedAt().toEpochMilli());
            matching.put("endId", end.id());
        }
        Page p = list(h, walk, within.toString(), matching, at, end, true);
        // fewer matches than a page above the place, and nothing above them: the top of the list, as its first page
        return p != null ? p : searched(h, walk, stretchFrom, listed, binds, q, NewsroomPage.FIRST);
    }

    /**
     * The row {@link #SEARCHED} rows past the place {@code from} (the top of the list when null), down the list or
     * {@code upwards}; null when fewer remain.
     */
    private Row stretchEnd(Handle h, Walk walk, String rows, String where, Map<String, Object> binds, NewsroomPage.Place from,
                           boolean upwards) {
        String direction = upwards ? "ASC" : "DESC";
        var q = h.createQuery("SELECT " + walk.changedAt + " AS changed_at, " + walk.id + " AS id" + rows + where
                + (from == null ? "" : walk.after(upwards ? ">" : "<"))
                + " ORDER BY " + walk.changedAt + " " + direction + ", " + walk.id + " " + direction + " LIMIT 1 OFFSET :skip")
                .bind("skip", searched - 1);
        if (from != null) q.bind("at", from.changedAt()).bind("from", from.id());
        binds.forEach(q::bind);
        return q.map((rs, ctx) -> new Row(rs.getString("id"), null, null, null, null, null, null, null,
                Times.instant(rs, "changed_at"), null)).findOne().orElse(null);
    }

    /**
     * A page of the rows {@code where} selects, counted from the top, or for a title search ({@code titles}) not
     * counted; {@code searchedTo} ends a title search's stretch when it ends before the list. Null when a title
     * search's page above a place finds fewer than a page and the list's top (the caller shows the first page).
     */
    private Page list(Handle h, Walk walk, String where, Map<String, Object> binds, NewsroomPage at, Row searchedTo, boolean titles) {
        int total = 0, pages = NewsroomPage.LAST_NUMBERED;
        boolean more = false;
        if (!titles) {
            var count = h.createQuery(BoundedCount.sql("SELECT 1" + walk.from + where, countCap));
            binds.forEach(count::bind);
            int found = count.mapTo(Integer.class).one();
            more = found > countCap;
            total = Math.min(found, countCap);
            pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
        NewsroomPage shown = at.number() > pages && !more ? NewsroomPage.numbered(pages) : at;
        Page.Shape shape = new Page.Shape(total, more, pages, titles, searchedTo);
        if (shown.newerThan() != null) {
            List<Row> newer = rows(h, walk, where + walk.after(">"), binds, shown.newerThan(), "ASC", 0);
            if (newer.size() > PAGE_SIZE) {
                return page(newer.subList(0, PAGE_SIZE).reversed(), shape, shown, true, true);
            }
            if (searchedTo != null) {
                // the stretch above the place ended first: its matches, and the stretch above it after them
                Page p = page(newer.reversed(), shape, shown, true, false);
                return p.with(p.older(), new NewsroomPage(0, null, searchedTo.place()));
            }
            // fewer than a page before the place: it is the top of the list, shown as the first page
            if (titles) return null;
            shown = NewsroomPage.FIRST;
        }
        if (shown.olderThan() != null) {
            List<Row> older = rows(h, walk, where + walk.after("<"), binds, shown.olderThan(), "DESC", 0);
            return continued(page(older, shape, shown, older.size() > PAGE_SIZE, true));
        }
        List<Row> numbered = rows(h, walk, where, binds, null, "DESC", (shown.number() - 1) * PAGE_SIZE);
        return continued(page(numbered, shape, shown, numbered.size() > PAGE_SIZE, shown.number() > 1));
    }

    /** A title search's page that its stretch ended before filling goes on, as "Older", with the stretch after it. */
    private static Page continued(Page p) {
        if (p.searchedTo() == null || p.older() != null) return p;
        return p.with(new NewsroomPage(0, p.searchedTo().place(), null), p.newer());
    }

    /**
     * What the list walks in its order, (changed_at, id): the articles' own columns (an index per filter, V25), or for
     * an author's articles the copy of them in the byline rows (V27), so that filter too reads one index range up to
     * its LIMIT (it read the author's whole byline: 0.56 s for an author of 143,000 articles). {@code own} is the walk's
     * rows alone, for a query that reads no column of the article (a title search's stretch in an author's list).
     */
    private record Walk(String from, String own, String changedAt, String id) {
        static final Walk ARTICLES = new Walk(" FROM articles a", " FROM articles a", "a.changed_at", "a.id");
        static final Walk BYLINE = new Walk(" FROM article_authors aa JOIN articles a ON a.id = aa.article_id", " FROM article_authors aa",
                "aa.changed_at", "aa.article_id");

        /** The rows before ({@code <}) or after ({@code >}) the place bound as {@code :at}, {@code :from}. */
        String after(String comparison) {
            return " AND (" + changedAt + ", " + id + ") " + comparison + " (:at, :from)";
        }
    }

    /** Up to a page and one more row, in the given direction of (changed_at, id), after {@code offset} rows or from {@code from}. */
    private static List<Row> rows(Handle h, Walk walk, String where, Map<String, Object> binds, NewsroomPage.Place from,
                                  String direction, int offset) {
        var q = h.createQuery("""
                SELECT a.id, a.slug, a.title, a.status, a.language, a.published_at, a.changed_at, a.hold_reason,
                       s.name AS section_name, o.name AS outlet_name"""
                + walk.from + " JOIN sections s ON s.id = a.section_id LEFT JOIN outlets o ON o.id = a.outlet_id"
                + where + " ORDER BY " + walk.changedAt + " " + direction + ", " + walk.id + " " + direction + " LIMIT :limit"
                + (offset > 0 ? " OFFSET :offset" : ""))
                .bind("limit", PAGE_SIZE + 1);
        if (offset > 0) q.bind("offset", offset);
        if (from != null) q.bind("at", from.changedAt()).bind("from", from.id());
        binds.forEach(q::bind);
        return q.map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("slug"), rs.getString("title"),
                ArticleStatus.fromDb(rs.getString("status")), rs.getString("section_name"), rs.getString("outlet_name"),
                rs.getString("language"), Times.instant(rs, "published_at"), Times.instant(rs, "changed_at"),
                rs.getString("hold_reason"))).list();
    }

    /** The page of these rows (newest first, with perhaps one past the page, which only says there are older ones). */
    private static Page page(List<Row> rows, Page.Shape shape, NewsroomPage shown, boolean older, boolean newer) {
        List<Row> on = rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
        NewsroomPage olderPage = older && !on.isEmpty() ? shown.older(on.getLast().place()) : null;
        NewsroomPage newerPage = newer && !on.isEmpty() ? shown.newer(on.getFirst().place()) : null;
        return new Page(List.copyOf(on), shape.total(), shape.more(), shown, shape.pages(), olderPage, newerPage, shape.titles(),
                shape.searchedTo());
    }

    /** How many articles wait in {@code status} (e.g. "waiting for review"). */
    public int count(ArticleStatus status) {
        return jdbi.withHandle(h -> h.createQuery(BoundedCount.sql("SELECT 1 FROM articles WHERE status = :s"))
                .bind("s", status.dbValue()).mapTo(Integer.class).one());
    }

    /** The languages articles are in, for the filter ({@link DistinctValues}: one index seek each). */
    public List<String> languages() {
        return jdbi.withHandle(h -> h.createQuery(DistinctValues.sql("articles", "language")).mapTo(String.class).list());
    }

    /** Every outlet, by name, for the filter. */
    public List<io.newsdesk.app.news.Outlet> outlets() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM outlets ORDER BY name")
                .map((rs, ctx) -> new io.newsdesk.app.news.Outlet(rs.getString("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("site_url"), rs.getString("language"), rs.getString("telegram_channel"))).list());
    }

    /** The user who created the article in the admin (empty for imported and demo articles). */
    public Optional<String> createdBy(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT created_by FROM articles WHERE id = :id").bind("id", articleId)
                .mapTo(String.class).findOne());
    }

    /** The article's earlier versions, newest first. */
    public List<Revision> revisions(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM article_revisions WHERE article_id = :id ORDER BY replaced_at DESC, id DESC""")
                .bind("id", articleId)
                .map((rs, ctx) -> new Revision(rs.getString("id"), rs.getString("title"), rs.getString("standfirst"),
                        rs.getString("body_html"), Times.instant(rs, "replaced_at"), rs.getString("revised_by"),
                        rs.getString("change_kind"))).list());
    }

    /** The corrections readers see, oldest first. */
    public List<Correction> corrections(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT note, corrected_at FROM article_corrections WHERE article_id = :id ORDER BY corrected_at, id""")
                .bind("id", articleId)
                .map((rs, ctx) -> new Correction(rs.getString("note"), Times.instant(rs, "corrected_at"))).list());
    }

    /** Adds {@code column = value} to the filter when a value is given; whether it did. */
    private static boolean add(StringBuilder where, Map<String, Object> binds, String column, String name, String value) {
        if (!present(value)) return false;
        where.append(" AND ").append(column).append(" = :").append(name);
        binds.put(name, value.strip());
        return true;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String likeEscaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') b.append('\\');
            b.append(c);
        }
        return b.toString();
    }
}
