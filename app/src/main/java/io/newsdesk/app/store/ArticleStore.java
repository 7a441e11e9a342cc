package io.newsdesk.app.store;

import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.news.ArticleStatus;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Articles and the lists of them that the site shows. Only published articles appear in lists. */
public final class ArticleStore {
    private static final RowMapper<Article> ARTICLE = (rs, ctx) -> new Article(
            rs.getString("id"), rs.getString("slug"), rs.getString("title"), rs.getString("standfirst"),
            rs.getString("body_html"), rs.getString("body_text"), rs.getString("excerpt"),
            rs.getString("image_url"), rs.getString("image_caption"), rs.getString("image_credit"),
            rs.getString("section_id"), rs.getString("language"), ArticleStatus.fromDb(rs.getString("status")),
            Times.instant(rs, "published_at"), Times.instant(rs, "updated_at"),
            rs.getString("outlet_id"), rs.getString("original_url"), rs.getString("original_title"),
            rs.getString("original_language"), rs.getBoolean("translated"), rs.getString("story_id"));
    private static final RowMapper<ArticleCard> CARD = (rs, ctx) -> new ArticleCard(
            rs.getString("id"), rs.getString("slug"), rs.getString("title"), rs.getString("excerpt"),
            rs.getString("image_url"), rs.getString("section_slug"), rs.getString("section_name"),
            Times.instant(rs, "published_at"), rs.getInt("comment_count"), rs.getString("outlet_name"), rs.getString("story_id"));
    private static final String CARD_COLUMNS = """
            SELECT a.id, a.slug, a.title, a.excerpt, a.image_url, a.published_at, a.story_id,
                   s.slug AS section_slug, s.name AS section_name, o.name AS outlet_name,
                   (SELECT COUNT(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'approved') AS comment_count
            """;
    private static final String CARD_JOINS = " JOIN sections s ON s.id = a.section_id LEFT JOIN outlets o ON o.id = a.outlet_id";
    private static final String CARD_SELECT = CARD_COLUMNS + " FROM articles a" + CARD_JOINS + " WHERE a.status = 'published'";
    /**
     * Cards by id. The status is compared as an expression so that SQLite cannot use the status index for it: with
     * {@code a.status = 'published'} its planner walked every published row to find a dozen ids (seconds at 200,000
     * articles, for every search page) instead of looking them up by primary key.
     */
    private static final String CARDS_BY_ID = CARD_COLUMNS + " FROM articles a" + CARD_JOINS + " WHERE a.id IN (<ids>) AND a.status || '' = 'published'";
    // every list is read backwards along an index ending in (status, published_at, id) and stops at the limit (V23)
    private static final String NEWEST = " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset";

    private final Jdbi jdbi;

    public ArticleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public boolean slugTaken(Handle handle, String slug) {
        return handle.createQuery("SELECT COUNT(*) FROM articles WHERE slug = :slug").bind("slug", slug).mapTo(Integer.class).one() > 0;
    }

    /** The newest {@code changed_at} of any article (index-backed): how other processes' writes are noticed. */
    public long lastChange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(changed_at), 0) FROM articles").mapTo(Long.class).one());
    }

    public Optional<Article> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM articles WHERE slug = :slug").bind("slug", slug).map(ARTICLE).findOne());
    }

    /**
     * An article as its page needs it, in one round trip: the row, its byline (author ids in order), and whether it
     * has approved comments or corrections, so the page does not ask for lists that most articles do not have; how its
     * published translation was made ({@link #translatedBy}; null when it has none); and its kept "Related" list, if
     * any ({@link KeptRelatedList}: the page decides whether it is current).
     */
    public record PageRow(Article article, List<String> authorIds, boolean hasComments, boolean hasCorrections,
                          String translatedBy, KeptRelatedList related) {}

    // string_agg: PostgreSQL, and SQLite since 3.44. The byline comes as "position:author_id" pairs in no order and is
    // put in order here: an ORDER BY within the aggregate made SQLite sort, a seventh of this query's time.
    private static final String PAGE_ROW = """
            SELECT a.*,
                   (SELECT string_agg(aa.position || ':' || aa.author_id, ' ') FROM article_authors aa
                    WHERE aa.article_id = a.id) AS author_ids,
                   EXISTS (SELECT 1 FROM comments c WHERE c.article_id = a.id AND c.status = 'approved') AS has_comments,
                   EXISTS (SELECT 1 FROM article_corrections k WHERE k.article_id = a.id) AS has_corrections,
                   t.engine AS translation_engine, t.model AS translation_model,
                   r.related_ids, r.list_limit, r.computed_at
            FROM articles a LEFT JOIN related_lists r ON r.article_id = a.id
            LEFT JOIN article_translations t ON t.article_id = a.id AND t.state = 'published'
            WHERE a.slug = :slug""";

    public Optional<PageRow> pageRow(String slug) {
        return jdbi.withHandle(h -> h.createQuery(PAGE_ROW).bind("slug", slug).map((rs, ctx) -> new PageRow(ARTICLE.map(rs, ctx),
                byline(rs.getString("author_ids")), rs.getBoolean("has_comments"), rs.getBoolean("has_corrections"),
                translatedBy(rs.getString("translation_engine"), rs.getString("translation_model")),
                KeptRelatedList.read(rs))).findOne());
    }

    /** Author ids by their position, from "position:author_id" pairs separated by spaces (null: no byline). */
    static List<String> byline(String pairs) {
        if (pairs == null) return List.of();
        return Arrays.stream(pairs.split(" ")).map(p -> p.split(":", 2))
                .sorted(Comparator.comparingInt(p -> Integer.parseInt(p[0]))).map(p -> p[1]).toList();
    }

    public Optional<Article> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM articles WHERE id = :id").bind("id", id).map(ARTICLE).findOne());
    }

    public int countAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Integer.class).one());
    }

    public boolean isPublished(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE id = :id AND status = 'published'")
                .bind("id", id).mapTo(Integer.class).one() > 0);
    }

    public List<ArticleCard> latest(int limit, int offset) {
        return cards(CARD_SELECT + NEWEST, null, null, limit, offset);
    }

    public List<ArticleCard> latestInSection(String sectionId, int limit, int offset) {
        return cards(CARD_SELECT + " AND a.section_id = :id" + NEWEST, "id", sectionId, limit, offset);
    }

    /** An author's articles, newest first: one range of the byline index, whose rows carry status and time (V23). */
    public List<ArticleCard> byAuthor(String authorId, int limit, int offset) {
        return cards(CARD_COLUMNS + " FROM article_authors aa JOIN articles a ON a.id = aa.article_id" + CARD_JOINS
                + " WHERE aa.author_id = :id AND aa.status = 'published' AND a.status = 'published'"
                + " ORDER BY aa.published_at DESC, aa.article_id DESC LIMIT :limit OFFSET :offset", "id", authorId, limit, offset);
    }

    public List<ArticleCard> byOutlet(String outletId, int limit, int offset) {
        return cards(CARD_SELECT + " AND a.outlet_id = :id" + NEWEST, "id", outletId, limit, offset);
    }

    public List<ArticleCard> byStory(String storyId, int limit, int offset) {
        return cards(CARD_SELECT + " AND a.story_id = :id" + NEWEST, "id", storyId, limit, offset);
    }

    /** The lists that page by "Older" and "Newer", each by the column that picks its articles. */
    public enum ArticleList {
        SECTION("a.section_id"), AUTHOR("aa.author_id"), OUTLET("a.outlet_id"), STORY("a.story_id");

        private final String column;

        ArticleList(String column) {
            this.column = column;
        }
    }

    /**
     * A place in a list, next to one of its articles: every list is in the order (published_at, id), newest first, so a
     * page that starts older or newer than that pair reads one index range from there, however deep in the list it is.
     * With OFFSET, page 10,000 of a section or an author walked 120,000 index entries (296 and 640 ms at 1,000,000
     * articles, the author's with a look-up of each: docs/benchmarks.md). An author's list is ordered by its byline rows'
     * copies of the same pair (V23).
     */
    public record ListPlace(long publishedAt, String articleId) {}

    /** The place of an article in the lists it is on; empty for an unknown or never-published article. */
    public Optional<ListPlace> placeOf(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT published_at FROM articles WHERE id = :id AND published_at IS NOT NULL")
                .bind("id", articleId).mapTo(Long.class).findOne().map(at -> new ListPlace(at, articleId)));
    }

    /**
     * Up to {@code limit} cards of {@code list} next to {@code place}: the ones just older, or the ones just newer (closest
     * first, then given newest first as every list is shown).
     */
    public List<ArticleCard> nextTo(ArticleList list, String id, ListPlace place, boolean older, int limit) {
        boolean author = list == ArticleList.AUTHOR;
        String from = author
                ? CARD_COLUMNS + " FROM article_authors aa JOIN articles a ON a.id = aa.article_id" + CARD_JOINS
                        + " WHERE aa.status = 'published' AND a.status = 'published'"
                : CARD_SELECT;
        String key = author ? "(aa.published_at, aa.article_id)" : "(a.published_at, a.id)";
        String order = author ? "aa.published_at %1$s, aa.article_id %1$s" : "a.published_at %1$s, a.id %1$s";
        String sql = from + " AND " + list.column + " = :id AND " + key + (older ? " < " : " > ") + "(:at, :from)"
                + " ORDER BY " + order.formatted(older ? "DESC" : "ASC") + " LIMIT :limit";
        List<ArticleCard> cards = jdbi.withHandle(h -> h.createQuery(sql).bind("id", id).bind("at", place.publishedAt())
                .bind("from", place.articleId()).bind("limit", limit).map(CARD).list());
        return older ? cards : cards.reversed();
    }

    /** The newest {@code limit} cards of {@code list} after the first {@code offset} (the numbered pages). */
    public List<ArticleCard> newest(ArticleList list, String id, int limit, int offset) {
        return switch (list) {
            case SECTION -> latestInSection(id, limit, offset);
            case AUTHOR -> byAuthor(id, limit, offset);
            case OUTLET -> byOutlet(id, limit, offset);
            case STORY -> byStory(id, limit, offset);
        };
    }

    /** A story's reports are few (one per outlet that covered it), so their count is cheap; larger lists have none. */
    public int countByStory(String storyId) {
        return count("SELECT COUNT(*) FROM articles WHERE status = 'published' AND story_id = :id", storyId);
    }

    /**
     * How an article's published translation was made (its engine and model), as a phrase after "Translated from
     * Russian": "by an editor", "with translations approved by our editors" (the translation memory), or "by machine
     * translation (engine, model)"; null when it has no published translation record (e.g. written in translation).
     */
    static String translatedBy(String engine, String model) {
        if (engine == null) return null;
        return switch (engine) {
            case "editor" -> "by an editor";
            case "memory" -> "with translations approved by our editors";
            default -> "by machine translation (" + engine + (model == null ? "" : ", " + model) + ")";
        };
    }

    /** Published cards for {@code ids}, in the order of {@code ids}. */
    public List<ArticleCard> cardsByIds(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        List<ArticleCard> found = jdbi.withHandle(h -> h.createQuery(CARDS_BY_ID)
                .bindList("ids", List.copyOf(ids)).map(CARD).list());
        List<String> order = List.copyOf(ids);
        return found.stream().sorted(Comparator.comparingInt(c -> order.indexOf(c.id()))).toList();
    }

    private List<ArticleCard> cards(String sql, String name, String value, int limit, int offset) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql).bind("limit", limit).bind("offset", offset);
            if (name != null) q.bind(name, value);
            return q.map(CARD).list();
        });
    }

    private int count(String sql, String id) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(Integer.class).one());
    }
}
