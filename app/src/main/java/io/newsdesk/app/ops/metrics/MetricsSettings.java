package io.newsdesk.app.ops.metrics;

import java.util.Map;

/**
 * Where {@code /metrics} is served, if anywhere. Off unless asked for: on a port of its own ({@code --metrics-port},
 * {@code NEWSDESK_METRICS_PORT}; bound to 127.0.0.1 unless {@code NEWSDESK_METRICS_HOST} says otherwise), and/or on
 * the public port behind a bearer token ({@code NEWSDESK_METRICS_TOKEN}). Anonymous readers of the public port never
 * see it.
 *
 * @param port  the metrics port; null for none, 0 for any free port (tests)
 * @param host  the address the metrics port listens on
 * @param token the bearer token for {@code /metrics} on the public port; null for none
 */
public record MetricsSettings(Integer port, String host, String token) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Long enough that guessing it over HTTP is hopeless. */
    static final int MIN_TOKEN_LENGTH = 16;

    public MetricsSettings {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new IllegalArgumentException("metrics port must be between 1 and 65535, not " + port);
        }
        if (host == null || host.isBlank()) host = DEFAULT_HOST;
        if (token != null && token.isEmpty()) token = null;
        if (token != null && (token.length() < MIN_TOKEN_LENGTH || !token.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new IllegalArgumentException("NEWSDESK_METRICS_TOKEN must be at least " + MIN_TOKEN_LENGTH
                    + " printable characters without spaces (e.g. `openssl rand -hex 24`)");
        }
    }

    /** No metrics: nothing is measured, nothing served. */
    public static MetricsSettings off() {
        return new MetricsSettings(null, DEFAULT_HOST, null);
    }

    /** From {@code NEWSDESK_METRICS_PORT}, {@code NEWSDESK_METRICS_HOST} and {@code NEWSDESK_METRICS_TOKEN}; {@code portOption} wins. */
    public static MetricsSettings fromEnvironment(Map<String, String> env, Integer portOption) {
        Integer port = portOption;
        String fromEnv = env.get("NEWSDESK_METRICS_PORT");
        if (port == null && fromEnv != null && !fromEnv.isBlank()) {
            try {
                port = Integer.parseInt(fromEnv.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("NEWSDESK_METRICS_PORT must be a port number, not \"" + fromEnv + "\"");
            }
        }
        return new MetricsSettings(port, env.get("NEWSDESK_METRICS_HOST"), env.get("NEWSDESK_METRICS_TOKEN"));
    }

    public boolean enabled() {
        return port != null || token != null;
    }

    /** A token for the public port, for tests. */
    public MetricsSettings withToken(String t) {
        return new MetricsSettings(port, host, t);
    }
}
