package io.newsdesk.app.content;

import io.newsdesk.app.util.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled articles when their time comes, without a restart: every few seconds, each article in
 * {@code scheduled} whose {@code published_at} has passed becomes {@code published} through
 * {@link ArticleWriter#publishDue}. A status change (rather than readers' queries comparing {@code published_at}
 * with the clock) is what the page cache, the search indexer, feeds, sitemaps, Telegram and WebSub already follow,
 * so none of them can show an article early or miss its publication. Running it on several nodes is harmless: the
 * update is conditional on the status.
 */
public final class ScheduledPublishing implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    /** How late a scheduled article may appear at most (plus one pass). */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final Jdbi jdbi;
    private final ArticleWriter writer;
    private final Clock clock;
    private final PeriodicTask timer = new PeriodicTask("scheduled-publishing", EVERY, Duration.ofSeconds(10));

    public ScheduledPublishing(Jdbi jdbi, ArticleWriter writer, Clock clock) {
        this.jdbi = jdbi;
        this.writer = writer;
        this.clock = clock;
    }

    public ScheduledPublishing start() {
        return start(() -> true);
    }

    /** Runs passes only while {@code turn} holds: one node of a site publishes at a time (cluster.Singletons). */
    public ScheduledPublishing start(java.util.function.BooleanSupplier turn) {
        timer.start(Duration.ofSeconds(1), turn, this::runOnce);
        return this;
    }

    /** One pass; returns the ids published (tests call it directly). */
    public List<String> runOnce() {
        List<String> published = jdbi.inTransaction(h -> writer.publishDue(h, clock.instant()));
        if (!published.isEmpty()) log.info("published {} scheduled article(s)", published.size());
        return published;
    }

    @Override
    public void close() {
        timer.close();
    }
}
