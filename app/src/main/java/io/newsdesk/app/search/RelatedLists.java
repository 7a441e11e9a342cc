package io.newsdesk.app.search;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The kept "Related" lists (table {@code related_lists}, migration V24): what the index answered for an article, read by
 * the page instead of searching again. A list is current while it is younger than the article's last change and than
 * {@link #KEEP} when the article's window of candidates has closed, {@link #OPEN_KEEP} while it is open.
 */
public final class RelatedLists {
    /**
     * A list this old is computed again: an import dated back into an old article's window, or an edit of one of its
     * candidates, shows within this time.
     */
    static final Duration KEEP = Duration.ofDays(30);
    /** The list of an article whose window is open is read for this long (new articles may enter it meanwhile)... */
    static final Duration OPEN_KEEP = Duration.ofHours(6);
    /** ...and computed again by the hourly sweep once it is this old, so the page always finds one. */
    static final Duration OPEN_REFRESH = Duration.ofHours(3);

    /** One article's list: {@code limit} is how many were asked for. */
    public record Kept(String articleId, List<String> ids, int limit, long computedAt) {}

    /**
     * The lists that are current: long enough, younger than their article's last change, and computed after
     * {@code keptAfter} for an article published before {@code settledBefore}, else after {@code openKeptAfter}.
     */
    private static final String CURRENT_LISTS = """
            FROM related_lists r JOIN articles a ON a.id = r.article_id
            WHERE r.list_limit >= :limit AND r.computed_at >= a.changed_at
              AND r.computed_at > CASE WHEN a.published_at < :settledBefore THEN :keptAfter ELSE :openKeptAfter END""";
    /** An article's list when current (by primary key in both tables: checked by RelatedListsTest's query plan). */
    static final String CURRENT = "SELECT r.related_ids " + CURRENT_LISTS + " AND r.article_id = :id";

    private final Jdbi jdbi;

    public RelatedLists(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The article's current list when it holds at least {@code limit} or all the index found; null otherwise.
     * {@code settledBefore}: articles published before it have closed windows ({@link RelatedArticles#settledBefore}).
     */
    List<String> current(String articleId, int limit, long now, long settledBefore) {
        return jdbi.withHandle(h -> bindAges(h.createQuery(CURRENT), now, settledBefore, OPEN_KEEP).bind("id", articleId).bind("limit", limit)
                .mapTo(String.class).findOne().map(RelatedLists::ids).orElse(null));
    }

    /** Which of these articles have a list of at least {@code limit} that the sweep need not compute again. */
    Set<String> currentAmong(Collection<String> articleIds, int limit, long now, long settledBefore) {
        if (articleIds.isEmpty()) return Set.of();
        return new HashSet<>(jdbi.withHandle(h -> bindAges(h.createQuery("SELECT r.article_id " + CURRENT_LISTS + " AND r.article_id IN (<ids>)"),
                now, settledBefore, OPEN_REFRESH).bindList("ids", List.copyOf(articleIds)).bind("limit", limit)
                .mapTo(String.class).list()));
    }

    private static Query bindAges(Query q, long now, long settledBefore, Duration openKeep) {
        return q.bind("settledBefore", settledBefore).bind("keptAfter", now - KEEP.toMillis()).bind("openKeptAfter", now - openKeep.toMillis());
    }

    /** Writes these lists over any older ones, in one transaction. */
    public void saveAll(List<Kept> lists) {
        if (lists.isEmpty()) return;
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO related_lists (article_id, related_ids, list_limit, computed_at)
                    VALUES (:id, :ids, :limit, :at)
                    ON CONFLICT (article_id) DO UPDATE SET related_ids = excluded.related_ids, list_limit = excluded.list_limit,
                        computed_at = excluded.computed_at""");
            for (Kept k : lists) {
                batch.bind("id", k.articleId()).bind("ids", String.join(" ", k.ids())).bind("limit", k.limit())
                        .bind("at", k.computedAt()).add();
            }
            batch.execute();
        });
    }

    private static List<String> ids(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
