package io.newsdesk.app.store;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Hourly view counts per article. */
public final class PageViewStore {
    private final Jdbi jdbi;

    public record HourlyViews(String articleId, long hourStart, long views) {}

    public PageViewStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds the buffered counts in one transaction: one batch, not one write per view. */
    public void add(Map<HourlyKey, Long> counts) {
        if (counts.isEmpty()) return;
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO page_views (article_id, hour_start, views) VALUES (:article, :hour, :views)
                    ON CONFLICT (article_id, hour_start) DO UPDATE SET views = page_views.views + excluded.views""");
            counts.forEach((key, views) -> batch.bind("article", key.articleId()).bind("hour", key.hourStart()).bind("views", views).add());
            batch.execute();
        });
    }

    public List<HourlyViews> since(long hourStart) {
        return jdbi.withHandle(h -> h.createQuery("SELECT article_id, hour_start, views FROM page_views WHERE hour_start >= :since")
                .bind("since", hourStart)
                .map((rs, ctx) -> new HourlyViews(rs.getString(1), rs.getLong(2), rs.getLong(3))).list());
    }

    public record HourlyKey(String articleId, long hourStart) {}
}
