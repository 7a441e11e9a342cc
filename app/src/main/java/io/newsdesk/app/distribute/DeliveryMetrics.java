package io.newsdesk.app.distribute;

import io.micrometer.core.instrument.Metrics;

/**
 * What Telegram and WebSub delivered, counted into Micrometer's global registry (a no-op until a site with metrics
 * on joins it). Whether posting is paused, and what waits, is read from the database on each scrape instead
 * (ops/metrics/DatabaseGauges), so it is right whichever process posts.
 */
public final class DeliveryMetrics {
    private DeliveryMetrics() {
    }

    /**
     * A Bot API call about an article: {@code action} post, edit or delete; {@code outcome} sent, retried (a 429,
     * a 5xx or no answer: tried again later), uncertain (no answer to a send: not sent again) or refused (paused).
     */
    public static void telegram(String action, String outcome) {
        Metrics.counter("newsdesk.telegram.calls", "action", action, "outcome", outcome).increment();
    }

    /** A hub ping: {@code sent}, {@code retried} (failed, tried again later) or {@code dropped} (given up). */
    public static void websub(String outcome) {
        Metrics.counter("newsdesk.websub.pings", "outcome", outcome).increment();
    }
}
