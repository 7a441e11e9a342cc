package io.newsdesk.app.site.popular;

import io.newsdesk.app.store.PageViewStore;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Most Popular": views of the last 7 days, each hour's views weighted by its age with a
 * 24-hour half-life, so yesterday's hit counts half as much as the same readership today.
 */
public final class PopularArticles {
    public static final Duration WINDOW = Duration.ofDays(7);
    public static final Duration HALF_LIFE = Duration.ofHours(24);

    private final PageViewStore store;
    private final Clock clock;

    public PopularArticles(PageViewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Article ids, most popular first. */
    public List<String> ranking(int limit) {
        long now = clock.millis();
        long since = now - WINDOW.toMillis();
        Map<String, Double> scores = new HashMap<>();
        for (PageViewStore.HourlyViews v : store.since(since / 3_600_000L * 3_600_000L)) {
            double ageHours = Math.max(0, now - (v.hourStart() + 1_800_000L)) / 3_600_000d;
            double weight = Math.pow(0.5, ageHours / HALF_LIFE.toHours());
            scores.merge(v.articleId(), v.views() * weight, Double::sum);
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
