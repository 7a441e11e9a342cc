package io.newsdesk.app.search;

import io.newsdesk.app.store.KeptRelatedList;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

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

    /** An article's list and its times (by primary key in both tables: checked by RelatedListsTest's query plan). */
    static final String STORED = "SELECT r.article_id, " + KeptRelatedList.COLUMNS
            + " FROM related_lists r JOIN articles a ON a.id = r.article_id WHERE r.article_id IN (<ids>)";

    private final Jdbi jdbi;

    public RelatedLists(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Whether a kept list is current: long enough, younger than its article's last change, and computed within
     * {@link #KEEP} for an article published before {@code settledBefore} (its window has closed), else within
     * {@code openKeep} ({@link #OPEN_KEEP} for the page, {@link #OPEN_REFRESH} for the sweep).
     */
    static boolean isCurrent(KeptRelatedList s, int limit, long now, long settledBefore, Duration openKeep) {
        if (s.limit() < limit || s.computedAt() < s.articleChangedAt()) return false;
        boolean closed = s.articlePublishedAt() != null && s.articlePublishedAt() < settledBefore;
        return s.computedAt() > now - (closed ? KEEP : openKeep).toMillis();
    }

    /** The article's kept list with its article's times; null when none is kept. */
    KeptRelatedList stored(String articleId) {
        return stored(List.of(articleId)).get(articleId);
    }

    /**
     * The ids of this list (null: none kept) when the page may show it: it holds at least {@code limit} or all the
     * index found, and is current; else null. {@code settledBefore}: articles published before it have closed windows
     * ({@link RelatedArticles#settledBefore}).
     */
    static List<String> currentIds(KeptRelatedList kept, int limit, long now, long settledBefore) {
        return kept != null && isCurrent(kept, limit, now, settledBefore, OPEN_KEEP) ? kept.ids() : null;
    }

    /** Which of these articles have a list of at least {@code limit} that the sweep need not compute again. */
    Set<String> currentAmong(Collection<String> articleIds, int limit, long now, long settledBefore) {
        Set<String> current = new HashSet<>();
        stored(articleIds).forEach((id, s) -> {
            if (isCurrent(s, limit, now, settledBefore, OPEN_REFRESH)) current.add(id);
        });
        return current;
    }

    private Map<String, KeptRelatedList> stored(Collection<String> articleIds) {
        if (articleIds.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> h.createQuery(STORED).bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> Map.entry(rs.getString("article_id"), KeptRelatedList.read(rs)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
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
}
