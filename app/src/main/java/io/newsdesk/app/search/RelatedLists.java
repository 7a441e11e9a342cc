package io.newsdesk.app.search;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The kept "Related" lists of old articles (table {@code related_lists}, migration V24): what the index answered for an
 * article whose window of candidates had closed, read by the page instead of searching again. A list is current while
 * it is younger than the article's last change and than {@link #KEEP}.
 */
public final class RelatedLists {
    /**
     * A list this old is computed again: an import dated back into an old article's window, or an edit of one of its
     * candidates, shows within this time.
     */
    static final Duration KEEP = Duration.ofDays(30);

    /** One article's list: {@code limit} is how many were asked for. */
    public record Kept(String articleId, List<String> ids, int limit, long computedAt) {}

    /** The lists that are current: long enough, younger than their article's last change and than {@link #KEEP}. */
    private static final String CURRENT_LISTS = """
            FROM related_lists r JOIN articles a ON a.id = r.article_id
            WHERE r.list_limit >= :limit AND r.computed_at >= a.changed_at AND r.computed_at > :keptAfter""";
    /** An article's list when current (by primary key in both tables: checked by RelatedListsTest's query plan). */
    static final String CURRENT = "SELECT r.related_ids " + CURRENT_LISTS + " AND r.article_id = :id";

    private final Jdbi jdbi;

    public RelatedLists(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The article's current list when it holds at least {@code limit} or all the index found; null otherwise. */
    List<String> current(String articleId, int limit, long now) {
        return jdbi.withHandle(h -> h.createQuery(CURRENT).bind("id", articleId).bind("limit", limit).bind("keptAfter", now - KEEP.toMillis())
                .mapTo(String.class).findOne().map(RelatedLists::ids).orElse(null));
    }

    /** Which of these articles have a current list of at least {@code limit}. */
    Set<String> currentAmong(Collection<String> articleIds, int limit, long now) {
        if (articleIds.isEmpty()) return Set.of();
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT r.article_id " + CURRENT_LISTS + " AND r.article_id IN (<ids>)")
                .bindList("ids", List.copyOf(articleIds)).bind("limit", limit).bind("keptAfter", now - KEEP.toMillis())
                .mapTo(String.class).list()));
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
