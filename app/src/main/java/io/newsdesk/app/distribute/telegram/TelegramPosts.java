package io.newsdesk.app.distribute.telegram;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The tables {@code telegram_channels} and {@code telegram_posts} (migration V8). Every change of a post's
 * state names the state it expects, so two processes can never both act on one decision.
 */
final class TelegramPosts {
    /** A channel's row: how far it has read, and why it is paused (null when posting). */
    record Channel(String channel, long watermark, String pausedReason, Long pausedAt) {}

    /** One article's record in a channel. */
    record Post(String articleId, String state, Long messageId, String kind, String contentHash, String lastError,
            long updatedAt) {}

    /** An article that changed, with its record in the channel (state null when it has none). */
    record Changed(PostableArticle article, Post post) {}

    static final String ARTICLE_COLUMNS = """
            a.id, a.slug, a.title, a.excerpt, a.image_url, a.status, a.changed_at, s.slug AS section_slug, o.slug AS outlet_slug
            FROM articles a JOIN sections s ON s.id = a.section_id LEFT JOIN outlets o ON o.id = a.outlet_id""";

    private static final RowMapper<PostableArticle> ARTICLE = (rs, ctx) -> new PostableArticle(rs.getString("id"),
            rs.getString("slug"), rs.getString("title"), rs.getString("excerpt"), rs.getString("image_url"),
            "published".equals(rs.getString("status")), rs.getString("section_slug"), rs.getString("outlet_slug"),
            rs.getLong("changed_at"));
    private static final RowMapper<Post> POST = (rs, ctx) -> new Post(rs.getString("article_id"), rs.getString("state"),
            rs.getObject("message_id") == null ? null : rs.getLong("message_id"), rs.getString("kind"),
            rs.getString("content_hash"), rs.getString("last_error"), rs.getLong("updated_at"));

    private final Jdbi jdbi;

    TelegramPosts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    Optional<Channel> channel(String channel) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT channel, watermark, paused_reason, paused_at FROM telegram_channels WHERE channel = :c")
                .bind("c", channel)
                .map((rs, ctx) -> new Channel(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4)))
                .findOne());
    }

    /**
     * Sets a channel up, once: the articles already published are recorded as "baseline", so only articles
     * published from now on are posted (and later edits of old articles do not post them).
     */
    void register(String channel, long now) {
        jdbi.useTransaction(h -> {
            int added = h.createUpdate("""
                    INSERT INTO telegram_channels (channel, watermark, created_at) VALUES (:c, :now, :now)
                    ON CONFLICT (channel) DO NOTHING""").bind("c", channel).bind("now", now).execute();
            if (added == 0) return;
            h.createUpdate("""
                    INSERT INTO telegram_posts (article_id, channel, state, created_at, updated_at)
                    SELECT a.id, :c, 'baseline', :now, :now FROM articles a WHERE a.status = 'published'
                    AND NOT EXISTS (SELECT 1 FROM telegram_posts p WHERE p.article_id = a.id AND p.channel = :c)""")
                    .bind("c", channel).bind("now", now).execute();
        });
    }

    /** Articles written at or after {@code since}, oldest change first, with their record in the channel. */
    List<Changed> changedSince(String channel, long since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ARTICLE_COLUMNS
                        + " WHERE a.changed_at >= :since ORDER BY a.changed_at, a.id")
                .bind("since", since)
                .map(ARTICLE).list()
                .stream().map(a -> new Changed(a, post(h, a.id(), channel).orElse(null))).toList());
    }

    Optional<PostableArticle> article(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ARTICLE_COLUMNS + " WHERE a.id = :id")
                .bind("id", id).map(ARTICLE).findOne());
    }

    Optional<Post> post(String articleId, String channel) {
        return jdbi.withHandle(h -> post(h, articleId, channel));
    }

    private static Optional<Post> post(Handle h, String articleId, String channel) {
        return h.createQuery("SELECT * FROM telegram_posts WHERE article_id = :a AND channel = :c")
                .bind("a", articleId).bind("c", channel).map(POST).findOne();
    }

    /** The records with work to do (queued, edit, delete), in the order they were decided (one pass: as the articles changed). */
    List<Post> due(String channel, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT p.* FROM telegram_posts p JOIN articles a ON a.id = p.article_id
                        WHERE p.channel = :c AND p.state IN ('queued', 'edit', 'delete')
                        ORDER BY p.updated_at, a.changed_at, a.id LIMIT :limit""")
                .bind("c", channel).bind("limit", limit).map(POST).list());
    }

    /** A first decision about an article (none existed): true when this call made it. */
    static boolean decide(Handle h, String articleId, String channel, String state, long now) {
        return h.createUpdate("""
                INSERT INTO telegram_posts (article_id, channel, state, created_at, updated_at) VALUES (:a, :c, :s, :now, :now)
                ON CONFLICT (article_id, channel) DO NOTHING""")
                .bind("a", articleId).bind("c", channel).bind("s", state).bind("now", now).execute() == 1;
    }

    /** Moves a record from {@code from} to {@code to}; true when it was in {@code from}. */
    static boolean move(Handle h, String articleId, String channel, String from, String to, long now) {
        return h.createUpdate("""
                UPDATE telegram_posts SET state = :to, updated_at = :now WHERE article_id = :a AND channel = :c AND state = :from""")
                .bind("to", to).bind("now", now).bind("a", articleId).bind("c", channel).bind("from", from).execute() == 1;
    }

    boolean move(String articleId, String channel, String from, String to, long now) {
        return jdbi.withHandle(h -> move(h, articleId, channel, from, to, now));
    }

    /** Back to {@code state} with the reason the last attempt failed. */
    void fail(String articleId, String channel, String from, String state, String error, long now) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE telegram_posts SET state = :s, last_error = :e, updated_at = :now
                WHERE article_id = :a AND channel = :c AND state = :from""")
                .bind("s", state).bind("e", error).bind("now", now).bind("a", articleId).bind("c", channel).bind("from", from)
                .execute());
    }

    /** The message is in the channel (sent or edited) with this content. */
    void posted(String articleId, String channel, String from, Long messageId, String kind, String hash, String error, long now) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE telegram_posts SET state = 'posted', message_id = COALESCE(:m, message_id), kind = :k, content_hash = :hash,
                       last_error = :e, updated_at = :now
                WHERE article_id = :a AND channel = :c AND state = :from""")
                .bind("m", messageId).bind("k", kind).bind("hash", hash).bind("e", error).bind("now", now)
                .bind("a", articleId).bind("c", channel).bind("from", from).execute());
    }

    /** Sends left "sending" for longer than any one call lasts: their process died mid-call. */
    int markAbandonedSendsUncertain(String channel, long olderThan, long now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE telegram_posts SET state = 'uncertain', updated_at = :now,
                       last_error = 'the process stopped while the message was being sent: check the channel'
                WHERE channel = :c AND state = 'sending' AND updated_at < :before""")
                .bind("now", now).bind("c", channel).bind("before", olderThan).execute());
    }

    static void setWatermark(Handle h, String channel, long watermark) {
        h.createUpdate("UPDATE telegram_channels SET watermark = :w WHERE channel = :c AND watermark < :w")
                .bind("w", watermark).bind("c", channel).execute();
    }

    void pause(String channel, String reason, long now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE telegram_channels SET paused_reason = :r, paused_at = :now WHERE channel = :c")
                .bind("r", reason).bind("now", now).bind("c", channel).execute());
    }

    /** Clears the pause of one channel, or of all when {@code channel} is null; how many were paused. */
    static int resume(Jdbi jdbi, String channel) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE telegram_channels SET paused_reason = NULL, paused_at = NULL "
                        + "WHERE paused_reason IS NOT NULL" + (channel == null ? "" : " AND (channel = :c OR channel = '@' || :c)"))
                .bindMap(channel == null ? java.util.Map.of() : java.util.Map.of("c", channel)).execute());
    }
}
