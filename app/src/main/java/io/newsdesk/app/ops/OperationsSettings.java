package io.newsdesk.app.ops;

import io.newsdesk.app.ops.metrics.MetricsSettings;
import java.util.Map;

/**
 * How a site is watched: where its metrics are served ({@link MetricsSettings}) and whether every request is logged
 * ({@code NEWSDESK_ACCESS_LOG=true}; off by default, as a line per cached page would cost more than serving it).
 */
public record OperationsSettings(MetricsSettings metrics, boolean accessLog) {
    public static OperationsSettings off() {
        return new OperationsSettings(MetricsSettings.off(), false);
    }

    public static OperationsSettings fromEnvironment(Map<String, String> env, Integer metricsPortOption) {
        String log = env.getOrDefault("NEWSDESK_ACCESS_LOG", "false").strip().toLowerCase(java.util.Locale.ROOT);
        if (!log.equals("true") && !log.equals("false")) {
            throw new IllegalArgumentException("NEWSDESK_ACCESS_LOG must be true or false, not \"" + log + "\"");
        }
        return new OperationsSettings(MetricsSettings.fromEnvironment(env, metricsPortOption), log.equals("true"));
    }
}
