package io.newsdesk.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * A kept "Related" list (table {@code related_lists}) with its article's times, which decide whether it is current
 * ({@code search.RelatedLists.isCurrent}). The article page reads it in the query of its article ({@link ArticleStore#pageRow}),
 * the sweep by the batch.
 *
 * @param relatedIds article ids, most related first, separated by spaces
 * @param limit how many were asked for
 */
public record KeptRelatedList(String relatedIds, int limit, long computedAt, long articleChangedAt, Long articlePublishedAt) {
    /** What {@link #read} reads, from {@code related_lists r} and {@code articles a}. */
    public static final String COLUMNS = "r.related_ids, r.list_limit, r.computed_at, a.changed_at, a.published_at";

    public List<String> ids() {
        return relatedIds.isEmpty() ? List.of() : Arrays.asList(relatedIds.split(" "));
    }

    /** The list in this row ({@link #COLUMNS}); null when there is none (an outer join found no list). */
    public static KeptRelatedList read(ResultSet rs) throws SQLException {
        String ids = rs.getString("related_ids");
        if (ids == null) return null;
        long published = rs.getLong("published_at");
        Long publishedAt = rs.wasNull() ? null : published;
        return new KeptRelatedList(ids, rs.getInt("list_limit"), rs.getLong("computed_at"), rs.getLong("changed_at"), publishedAt);
    }
}
