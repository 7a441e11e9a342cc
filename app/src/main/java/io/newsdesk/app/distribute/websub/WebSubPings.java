package io.newsdesk.app.distribute.websub;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The table {@code websub_pings} (migration V9) and the watermark in {@code settings}. */
final class WebSubPings {
    static final String WATERMARK = "websub.watermark";

    /** A feed whose hub is still to be told. */
    record Pending(String feedUrl, int attempts) {}

    private final Jdbi jdbi;

    WebSubPings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    OptionalLong watermark() {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM settings WHERE name = :n").bind("n", WATERMARK)
                .mapTo(String.class).findOne().map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty()));
    }

    /**
     * Queues a ping for every feed changed by articles written in (from, to] and moves the watermark to
     * {@code to}, in one transaction: a crash either does both or neither. A feed already waiting is not added twice.
     */
    int collect(long from, long to, String base, long now) {
        return jdbi.inTransaction(h -> {
            Set<String> feeds = from < 0 ? Set.of() : FeedTopics.changedBetween(h, from, to, base);
            for (String feed : feeds) {
                h.createUpdate("""
                        INSERT INTO websub_pings (feed_url, due_at, attempts, created_at) VALUES (:f, :now, 0, :now)
                        ON CONFLICT (feed_url) DO NOTHING""").bind("f", feed).bind("now", now).execute();
            }
            h.createUpdate("""
                    INSERT INTO settings (name, value) VALUES (:n, :v) ON CONFLICT (name) DO UPDATE SET value = excluded.value""")
                    .bind("n", WATERMARK).bind("v", Long.toString(to)).execute();
            return feeds.size();
        });
    }

    List<Pending> due(long now, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT feed_url, attempts FROM websub_pings WHERE due_at <= :now ORDER BY due_at, feed_url LIMIT :limit")
                .bind("now", now).bind("limit", limit)
                .map((rs, ctx) -> new Pending(rs.getString(1), rs.getInt(2))).list());
    }

    void done(String feed) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM websub_pings WHERE feed_url = :f").bind("f", feed).execute());
    }

    void retryLater(String feed, int attempts, long dueAt, String error) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE websub_pings SET attempts = :a, due_at = :d, last_error = :e WHERE feed_url = :f")
                .bind("a", attempts).bind("d", dueAt).bind("e", error).bind("f", feed).execute());
    }
}
