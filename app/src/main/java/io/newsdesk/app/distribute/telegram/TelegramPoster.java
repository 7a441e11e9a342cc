package io.newsdesk.app.distribute.telegram;

import io.newsdesk.app.distribute.telegram.TelegramPosts.Changed;
import io.newsdesk.app.distribute.telegram.TelegramPosts.Channel;
import io.newsdesk.app.distribute.telegram.TelegramPosts.Post;
import io.newsdesk.app.util.Backoff;
import io.newsdesk.app.util.PeriodicTask;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import io.newsdesk.app.distribute.DeliveryMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Telegram channel stage. Like the search indexer it follows {@code articles.changed_at} (every few
 * seconds, with a watermark), so it sees every way an article becomes published, corrected or unpublished
 * without anyone calling it. Each pass has two halves:
 * <ol>
 * <li>decide: in one transaction, write for each changed article what the channel needs (a post, an edit, a
 * deletion) into its {@code telegram_posts} record, and move the watermark;
 * <li>act: carry out the recorded work in order, within the rate limit, writing each outcome back.
 * </ol>
 * A post is "sending" only while its one HTTP call is in flight; a record still "sending" after a crash is
 * marked "uncertain" and never sent again (at most once: Telegram has no idempotency key; see decisions.md).
 */
public final class TelegramPoster implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramPoster.class);
    static final Duration INTERVAL = Duration.ofSeconds(5);
    /** Rows are looked at again this far behind the watermark, for transactions that committed late. */
    static final long OVERLAP_MS = Duration.ofMinutes(2).toMillis();
    /** Longer than any one call can last (connect + request timeouts), so a live sender is never taken for dead. */
    static final long SENDING_LEASE_MS = Duration.ofMinutes(2).toMillis();
    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final int BATCH = 50;

    private final TelegramPosts posts;
    private final TelegramConfig config;
    private final TelegramBotApi api;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final ChannelRateLimit limit = ChannelRateLimit.telegramDefaults(stopping);
    // close may wait out a whole call
    private final PeriodicTask timer = new PeriodicTask("telegram-poster", INTERVAL,
            TelegramBotApi.REQUEST_TIMEOUT.plusSeconds(15));
    private final Backoff backoff;

    public TelegramPoster(Jdbi jdbi, TelegramConfig config) {
        this(jdbi, config, FIRST_BACKOFF);
    }

    /** With a shorter backoff after 5xx and network errors (tests). */
    TelegramPoster(Jdbi jdbi, TelegramConfig config, Duration firstBackoff) {
        this.posts = new TelegramPosts(jdbi);
        this.config = config;
        this.api = new TelegramBotApi(config.apiBase(), config.token());
        // after 5xx and network errors: the wait doubles at most six times (64 times the first)
        this.backoff = Backoff.doubling(firstBackoff, firstBackoff.multipliedBy(64));
    }

    public TelegramPoster start() {
        return start(() -> true);
    }

    /** Runs passes only while {@code turn} holds: one node of a site posts at a time (cluster.Singletons). */
    public TelegramPoster start(java.util.function.BooleanSupplier turn) {
        timer.start(Duration.ZERO, turn, this::pass);
        log.info("telegram: posting new articles to {}", config.chatId());
        return this;
    }

    /** One pass: decide, then act. Returns how many records it acted on. */
    public synchronized int runOnce() {
        String channel = config.chatId();
        posts.register(channel, now());
        int abandoned = posts.markAbandonedSendsUncertain(channel, now() - SENDING_LEASE_MS, now());
        if (abandoned > 0) log.warn("telegram: {} sends to {} were cut off by a stop; marked uncertain (see /admin/status)", abandoned, channel);
        decide(channel);
        return act(channel);
    }

    private void decide(String channel) {
        Channel ch = posts.channel(channel).orElseThrow();
        List<Changed> changed = posts.changedSince(channel, Math.max(0, ch.watermark() - OVERLAP_MS));
        if (changed.isEmpty()) return;
        long now = now();
        posts.jdbi().useTransaction(h -> {
            long mark = ch.watermark();
            for (Changed c : changed) {
                PostableArticle a = c.article();
                mark = Math.max(mark, a.changedAt());
                Post p = c.post();
                boolean wanted = config.accepts(a.sectionSlug(), a.outletSlug());
                if (a.published()) {
                    if (p == null) {
                        TelegramPosts.decide(h, a.id(), channel, wanted ? "queued" : "filtered", now);
                    } else switch (p.state()) {
                        case "deleted", "withdrawn" -> TelegramPosts.move(h, a.id(), channel, p.state(), wanted ? "queued" : "filtered", now);
                        case "posted" -> {
                            if (!ChannelPost.of(a, config.siteBaseUrl()).hash().equals(p.contentHash())) {
                                TelegramPosts.move(h, a.id(), channel, "posted", "edit", now);
                            }
                        }
                        case "delete" -> TelegramPosts.move(h, a.id(), channel, "delete", "edit", now);
                        default -> { } // baseline, filtered, queued, sending, edit, uncertain: nothing new to decide
                    }
                } else if (p != null) {
                    switch (p.state()) {
                        case "posted", "edit" -> TelegramPosts.move(h, a.id(), channel, p.state(), "delete", now);
                        case "queued" -> TelegramPosts.move(h, a.id(), channel, "queued", "withdrawn", now);
                        default -> { }
                    }
                }
            }
            TelegramPosts.setWatermark(h, channel, mark);
        });
    }

    private int act(String channel) {
        Channel ch = posts.channel(channel).orElseThrow();
        if (ch.pausedReason() != null) return 0;
        int done = 0;
        for (Post p : posts.due(channel, BATCH)) {
            boolean goOn = switch (p.state()) {
                case "queued" -> send(p);
                case "edit" -> edit(p);
                case "delete" -> delete(p);
                default -> true;
            };
            done++;
            if (!goOn || stopping.getCount() == 0) break;
        }
        return done;
    }

    /** Posts a queued article; false when posting is now paused or stopping. */
    private boolean send(Post p) {
        String id = p.articleId(), channel = config.chatId();
        Optional<PostableArticle> article = posts.article(id);
        if (article.isEmpty() || !article.get().published()) {
            posts.move(id, channel, "queued", "withdrawn", now());
            return true;
        }
        ChannelPost rendered = ChannelPost.of(article.get(), config.siteBaseUrl());
        ChannelPost sent = rendered;
        int failures = 0;
        while (true) {
            if (!limit.acquire()) return false;
            // the decision to call is written before the call: a crash from here on leaves "sending"
            if (!posts.move(id, channel, "queued", "sending", now())) return true; // another process took it
            ChannelPost s = sent;
            BotApiReply reply = s.isPhoto() ? api.sendPhoto(config.chatId(), s.photoUrl(), s.html())
                    : api.sendMessage(config.chatId(), s.html());
            limit.finished();
            switch (reply) {
                case BotApiReply.Ok ok -> {
                    posts.posted(id, channel, "sending", ok.messageId(), s.kind(), rendered.hash(), null, now());
                    DeliveryMetrics.telegram("post", "sent");
                    log.info("telegram: posted article {} to {} (message {})", id, config.chatId(), ok.messageId());
                    return true;
                }
                case BotApiReply.Unreachable u when u.maybeDelivered() -> {
                    posts.fail(id, channel, "sending", "uncertain", u.reason(), now());
                    DeliveryMetrics.telegram("post", "uncertain");
                    log.warn("telegram: no answer for article {} ({}); it may be in the channel, so it is not sent again", id, u.reason());
                    return true;
                }
                case BotApiReply.Unreachable u -> {
                    posts.fail(id, channel, "sending", "queued", u.reason(), now());
                    DeliveryMetrics.telegram("post", "retried");
                    if (++failures >= MAX_ATTEMPTS || !backoff(failures)) return stopping.getCount() > 0;
                }
                case BotApiReply.Refused r when r.tooManyRequests() -> {
                    posts.fail(id, channel, "sending", "queued", r.description(), now());
                    DeliveryMetrics.telegram("post", "retried");
                    limit.hold(r.retryAfter() != null ? r.retryAfter() : FIRST_BACKOFF);
                    if (++failures >= MAX_ATTEMPTS * 2) return true;
                }
                case BotApiReply.Refused r when r.serverError() -> {
                    posts.fail(id, channel, "sending", "queued", r.code() + " " + r.description(), now());
                    DeliveryMetrics.telegram("post", "retried");
                    if (++failures >= MAX_ATTEMPTS || !backoff(failures)) return stopping.getCount() > 0;
                }
                case BotApiReply.Refused r when s.isPhoto() && r.aboutThePhoto() -> {
                    posts.fail(id, channel, "sending", "queued", r.description(), now());
                    log.info("telegram: the photo of article {} was refused ({}); posting it as text", id, r.description());
                    sent = s.asText();
                }
                case BotApiReply.Refused r -> {
                    posts.fail(id, channel, "sending", "queued", r.code() + " " + r.description(), now());
                    pause(r);
                    return false;
                }
            }
        }
    }

    /** Brings a posted message in line with the corrected article. */
    private boolean edit(Post p) {
        String id = p.articleId(), channel = config.chatId();
        Optional<PostableArticle> article = posts.article(id);
        if (article.isEmpty() || !article.get().published()) {
            posts.move(id, channel, "edit", "delete", now());
            return true;
        }
        ChannelPost post = ChannelPost.of(article.get(), config.siteBaseUrl());
        if (post.hash().equals(p.contentHash())) {
            posts.posted(id, channel, "edit", null, p.kind(), p.contentHash(), p.lastError(), now());
            return true;
        }
        // a photo's caption can be edited but the photo stays; a text message stays text
        BotApiReply reply = retrying("edit", () -> "photo".equals(p.kind())
                ? api.editMessageCaption(config.chatId(), p.messageId(), post.html())
                : api.editMessageText(config.chatId(), p.messageId(), post.html()));
        return switch (reply) {
            case null -> false;
            case BotApiReply.Ok ok -> {
                posts.posted(id, channel, "edit", null, p.kind(), post.hash(), null, now());
                DeliveryMetrics.telegram("edit", "sent");
                log.info("telegram: edited message {} of article {}", p.messageId(), id);
                yield true;
            }
            case BotApiReply.Refused r when r.aboutTheMessage() -> {
                // not modified, or the message is gone: nothing more to do for this version
                posts.posted(id, channel, "edit", null, p.kind(), post.hash(), r.notModified() ? null : r.description(), now());
                yield true;
            }
            case BotApiReply.Refused r when !r.tooManyRequests() && !r.serverError() -> {
                posts.fail(id, channel, "edit", "edit", r.code() + " " + r.description(), now());
                pause(r);
                yield false;
            }
            case BotApiReply.Refused r -> {
                posts.fail(id, channel, "edit", "edit", r.code() + " " + r.description(), now());
                yield true;
            }
            case BotApiReply.Unreachable u -> {
                posts.fail(id, channel, "edit", "edit", u.reason(), now());
                yield true;
            }
        };
    }

    /** Removes the message of an article that was unpublished. */
    private boolean delete(Post p) {
        String id = p.articleId(), channel = config.chatId();
        BotApiReply reply = retrying("delete", () -> api.deleteMessage(config.chatId(), p.messageId()));
        return switch (reply) {
            case null -> false;
            case BotApiReply.Ok ok -> {
                posts.fail(id, channel, "delete", "deleted", null, now());
                DeliveryMetrics.telegram("delete", "sent");
                log.info("telegram: deleted message {} of unpublished article {}", p.messageId(), id);
                yield true;
            }
            case BotApiReply.Refused r when r.aboutTheMessage() -> {
                // e.g. older than 48 hours, or already deleted by hand: recorded for the operator
                posts.fail(id, channel, "delete", "deleted", r.description(), now());
                yield true;
            }
            case BotApiReply.Refused r when !r.tooManyRequests() && !r.serverError() -> {
                posts.fail(id, channel, "delete", "delete", r.code() + " " + r.description(), now());
                pause(r);
                yield false;
            }
            case BotApiReply.Refused r -> {
                posts.fail(id, channel, "delete", "delete", r.code() + " " + r.description(), now());
                yield true;
            }
            case BotApiReply.Unreachable u -> {
                posts.fail(id, channel, "delete", "delete", u.reason(), now());
                yield true;
            }
        };
    }

    /**
     * An edit or deletion (harmless to repeat) within the rate limit: 429 waits retry_after, 5xx and network
     * errors back off, up to {@link #MAX_ATTEMPTS}. Null when stopping.
     */
    private BotApiReply retrying(String action, Supplier<BotApiReply> call) {
        BotApiReply reply = null;
        for (int failures = 0; failures < MAX_ATTEMPTS; ) {
            if (!limit.acquire()) return null;
            reply = call.get();
            limit.finished();
            if (reply instanceof BotApiReply.Refused r && r.tooManyRequests()) {
                DeliveryMetrics.telegram(action, "retried");
                limit.hold(r.retryAfter() != null ? r.retryAfter() : FIRST_BACKOFF);
                failures++;
            } else if (reply instanceof BotApiReply.Refused r && r.serverError() || reply instanceof BotApiReply.Unreachable) {
                DeliveryMetrics.telegram(action, "retried");
                if (!backoff(++failures)) return null;
            } else {
                return reply;
            }
        }
        return reply;
    }

    private boolean backoff(int failures) {
        return limit.sleep(backoff.delay(failures).toNanos());
    }

    private void pause(BotApiReply.Refused r) {
        DeliveryMetrics.telegram("any", "paused"); // posting stops until `telegram resume`
        String reason = "Telegram refused (" + r.code() + "): " + r.description();
        posts.pause(config.chatId(), reason, now());
        log.warn("telegram: posting to {} paused: {}. Fix the token or the bot's rights, then run `newsdesk telegram resume`.",
                config.chatId(), reason);
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    private void pass() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // the token never reaches an exception from here (API errors are values with redacted reasons); in case
            // one does, only its redacted text goes on to the log, without the original as cause
            throw new IllegalStateException("telegram: " + config.token().redact(String.valueOf(e)));
        }
    }

    /** Stops: waits end at once; a call in flight is allowed to finish, so its outcome is recorded. */
    @Override
    public void close() {
        stopping.countDown();
        timer.close();
        api.close();
    }
}
