package io.newsdesk.app.store;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.newsdesk.app.news.HomeCuration;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The home page's curation (migration V17: {@code home_lead}, {@code home_placements}, {@code home_section_order}).
 * The home page reads it on every render, so it is kept in memory: dropped at once by every change made through this
 * object, re-read after {@link #forget} (another node's change, told through {@code cluster.SiteChanges}) and
 * after {@link #TTL} (a change by another process that tells no one).
 */
public final class HomeCurationStore {
    static final Duration TTL = Duration.ofSeconds(30);
    public enum Placement { FEATURED, HIDDEN }

    private final Jdbi jdbi;
    private final Clock clock;
    private final LoadingCache<String, HomeCuration> cached;

    public HomeCurationStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.cached = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(1).build(k -> load());
    }

    public HomeCuration current() {
        return cached.get("home");
    }

    /** Drops the copy in memory: the next home page reads the database. */
    public void forget() {
        cached.invalidateAll();
    }

    private HomeCuration load() {
        return jdbi.withHandle(h -> {
            String lead = h.createQuery("SELECT article_id FROM home_lead WHERE slot = 1").mapTo(String.class).findOne().orElse(null);
            List<String> featured = h.createQuery(
                    "SELECT article_id FROM home_placements WHERE placement = 'featured' ORDER BY placed_at DESC, article_id")
                    .mapTo(String.class).list();
            Set<String> hidden = new HashSet<>(h.createQuery("SELECT article_id FROM home_placements WHERE placement = 'hidden'")
                    .mapTo(String.class).list());
            List<String> order = h.createQuery("SELECT section_id FROM home_section_order ORDER BY position, section_id")
                    .mapTo(String.class).list();
            return new HomeCuration(lead, featured, hidden, order);
        });
    }

    /** Pins {@code articleId} as the lead story (null unpins); a pinned article is no longer hidden. */
    public void pinLead(String articleId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM home_lead").execute();
            if (articleId != null) {
                h.createUpdate("INSERT INTO home_lead (slot, article_id, pinned_at) VALUES (1, :id, :now)")
                        .bind("id", articleId).bind("now", clock.millis()).execute();
                h.createUpdate("DELETE FROM home_placements WHERE article_id = :id AND placement = 'hidden'").bind("id", articleId).execute();
            }
        });
        cached.invalidateAll();
    }

    /** Features or hides an article (null: neither); hiding the pinned lead unpins it. */
    public void place(String articleId, Placement placement) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM home_placements WHERE article_id = :id").bind("id", articleId).execute();
            if (placement == null) return;
            h.createUpdate("INSERT INTO home_placements (article_id, placement, placed_at) VALUES (:id, :p, :now)")
                    .bind("id", articleId).bind("p", placement.name().toLowerCase(java.util.Locale.ROOT))
                    .bind("now", clock.millis()).execute();
            if (placement == Placement.HIDDEN) h.createUpdate("DELETE FROM home_lead WHERE article_id = :id").bind("id", articleId).execute();
        });
        cached.invalidateAll();
    }

    /** The section blocks in this order (section ids, first on top). */
    public void orderSections(List<String> sectionIds) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM home_section_order").execute();
            for (int i = 0; i < sectionIds.size(); i++) {
                h.createUpdate("INSERT INTO home_section_order (section_id, position) VALUES (:id, :p)")
                        .bind("id", sectionIds.get(i)).bind("p", i).execute();
            }
        });
        cached.invalidateAll();
    }
}
