package io.newsdesk.app.distribute.telegram;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The channel as /admin/status shows it: paused or not (and why), what was posted, what waits, what is uncertain. */
public record TelegramStatus(List<ChannelRow> channels) {
    static final int PROBLEMS = 20;

    /** An article whose post needs an operator's eye: uncertain, or the last call about it failed. */
    public record Problem(String articleId, String title, String state, String error, Instant at) {}

    public record ChannelRow(String channel, String pausedReason, Instant pausedAt, Map<String, Long> states, List<Problem> problems) {
        public boolean paused() {
            return pausedReason != null;
        }

        public long count(String... names) {
            long n = 0;
            for (String s : names) n += states.getOrDefault(s, 0L);
            return n;
        }
    }

    public static TelegramStatus read(Jdbi jdbi) {
        return new TelegramStatus(jdbi.withHandle(h -> h.createQuery(
                        "SELECT channel, paused_reason, paused_at FROM telegram_channels ORDER BY channel")
                .map((rs, ctx) -> {
                    String channel = rs.getString(1);
                    Map<String, Long> states = new HashMap<>();
                    h.createQuery("SELECT state, COUNT(*) FROM telegram_posts WHERE channel = :c GROUP BY state")
                            .bind("c", channel).map((r, c) -> Map.entry(r.getString(1), r.getLong(2)))
                            .forEach(e -> states.put(e.getKey(), e.getValue()));
                    List<Problem> problems = h.createQuery("""
                                    SELECT p.article_id, a.title, p.state, p.last_error, p.updated_at
                                    FROM telegram_posts p JOIN articles a ON a.id = p.article_id
                                    WHERE p.channel = :c AND (p.state = 'uncertain' OR p.last_error IS NOT NULL)
                                    ORDER BY p.updated_at DESC LIMIT :n""")
                            .bind("c", channel).bind("n", PROBLEMS)
                            .map((r, c) -> new Problem(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                    Instant.ofEpochMilli(r.getLong(5))))
                            .list();
                    return new ChannelRow(channel, rs.getString(2), rs.getObject(3) == null ? null : Instant.ofEpochMilli(rs.getLong(3)),
                            Map.copyOf(states), problems);
                }).list()));
    }

    /** Clears the pause (all channels when {@code channel} is null); how many were paused. */
    public static int resume(Jdbi jdbi, String channel) {
        return TelegramPosts.resume(jdbi, channel);
    }

    /** Sends an "uncertain" article again (the operator checked the channel: it is not there). */
    public static boolean resend(Jdbi jdbi, String articleId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE telegram_posts SET state = 'queued', last_error = NULL, updated_at = :now
                WHERE article_id = :a AND state = 'uncertain'""")
                .bind("now", System.currentTimeMillis()).bind("a", articleId).execute()) > 0;
    }
}
