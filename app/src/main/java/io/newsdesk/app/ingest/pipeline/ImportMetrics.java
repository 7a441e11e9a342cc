package io.newsdesk.app.ingest.pipeline;

import io.micrometer.core.instrument.Metrics;

/**
 * The importer's counters, counted into Micrometer's global registry: a no-op until a site with metrics on joins
 * its registry to it (ops/metrics/Monitoring), so the pipeline is never handed a registry. Every tag value comes
 * from a fixed set (outcomes, failure causes, engine names), never from a URL.
 */
final class ImportMetrics {
    private ImportMetrics() {
    }

    /** A feed fetched: {@code ok}, {@code not_modified}, {@code parse}, or the fetch failure's cause. */
    static void fetch(String outcome) {
        Metrics.counter("newsdesk.import.fetches", "outcome", outcome).increment();
    }

    /** An item job done: {@code new}, {@code updated}, {@code unchanged}, {@code duplicate} or {@code failed}. */
    static void item(String outcome) {
        Metrics.counter("newsdesk.import.items", "outcome", outcome).increment();
    }

    /** A translation decided: {@code published}, {@code held} (for an editor) or {@code awaiting} (no engine yet). */
    static void translation(String engine, String verdict) {
        Metrics.counter("newsdesk.translations", "engine", engine == null || engine.isBlank() ? "none" : engine,
                "verdict", verdict).increment();
    }
}
