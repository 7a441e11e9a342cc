package io.newsdesk.app.distribute.websub;

import io.newsdesk.app.distribute.websub.WebSubPings.Pending;
import io.newsdesk.app.util.Backoff;
import io.newsdesk.app.util.PeriodicTask;
import java.time.Duration;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import io.newsdesk.app.distribute.DeliveryMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the WebSub hub which feeds changed. Every few seconds (the batch window) it reads the articles written
 * since its watermark, queues one ping per changed feed (however many articles changed it), and sends the
 * pings that are due; a failed ping is tried again with backoff, and dropped after {@link #MAX_ATTEMPTS}
 * (hubs also poll, so a lost ping only delays readers). Rows are read only once they are {@link #SETTLE}
 * old, so a transaction that stamped its rows before committing is never skipped.
 */
public final class WebSubPinger implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebSubPinger.class);
    static final Duration INTERVAL = Duration.ofSeconds(5);
    static final Duration SETTLE = Duration.ofSeconds(10);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 500;

    private final WebSubPings pings;
    private final WebSubConfig config;
    private final WebSubHub hub;
    private final Duration settle;
    private final Backoff backoff;
    private final PeriodicTask timer = new PeriodicTask("websub-pinger", INTERVAL, Duration.ofSeconds(30));

    public WebSubPinger(Jdbi jdbi, WebSubConfig config) {
        this(jdbi, config, SETTLE, FIRST_BACKOFF);
    }

    /** With other delays (tests). */
    WebSubPinger(Jdbi jdbi, WebSubConfig config, Duration settle, Duration firstBackoff) {
        this.pings = new WebSubPings(jdbi);
        this.config = config;
        this.hub = new WebSubHub(config.hub());
        this.settle = settle;
        this.backoff = Backoff.doubling(firstBackoff, MAX_BACKOFF);
    }

    public WebSubPinger start() {
        return start(() -> true);
    }

    /** Runs passes only while {@code turn} holds: one node of a site pings at a time (cluster.Singletons). */
    public WebSubPinger start(java.util.function.BooleanSupplier turn) {
        timer.start(INTERVAL, turn, this::runOnce);
        log.info("websub: pinging {} when feeds change", config.hub());
        return this;
    }

    /** One batch: collect the changed feeds, then ping those due. Returns how many pings the hub accepted. */
    public synchronized int runOnce() {
        long now = System.currentTimeMillis();
        long to = now - settle.toMillis();
        OptionalLong mark = pings.watermark();
        // the first run only sets the watermark, at now: the feeds' history (the demo just loaded) is not news to the hub
        if (mark.isEmpty()) pings.collect(-1, now, config.siteBaseUrl(), now);
        else if (to > mark.getAsLong()) pings.collect(mark.getAsLong(), to, config.siteBaseUrl(), now);
        int accepted = 0;
        for (Pending p : pings.due(now, BATCH)) {
            String error = hub.publish(p.feedUrl());
            if (error == null) {
                pings.done(p.feedUrl());
                DeliveryMetrics.websub("sent");
                accepted++;
            } else if (p.attempts() + 1 >= MAX_ATTEMPTS) {
                pings.done(p.feedUrl());
                DeliveryMetrics.websub("dropped");
                log.warn("websub: gave up telling {} about {}: {}", config.hub(), p.feedUrl(), error);
            } else {
                long delay = backoff.delay(p.attempts() + 1).toMillis(); // attempts counts the earlier failures
                pings.retryLater(p.feedUrl(), p.attempts() + 1, System.currentTimeMillis() + delay, error);
                DeliveryMetrics.websub("retried");
                log.debug("websub: ping for {} failed ({}); again in {} ms", p.feedUrl(), error, delay);
            }
        }
        return accepted;
    }

    @Override
    public void close() {
        timer.close();
        hub.close();
    }
}
