package io.newsdesk.app.translate.remote;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach a LibreTranslate server.
 *
 * <p>Environment: {@code NEWSDESK_LIBRETRANSLATE_URL} (base URL, e.g. {@code http://localhost:5000});
 * optionally {@code NEWSDESK_LIBRETRANSLATE_KEY} or {@code NEWSDESK_LIBRETRANSLATE_KEY_FILE} (servers started
 * with {@code --api-keys}); optionally {@code NEWSDESK_LIBRETRANSLATE_BATCH_LIMIT} (segments per request, to
 * match a server's {@code --batch-limit}).
 *
 * @param baseUrl                the server; {@code /translate} and {@code /languages} are added to it
 * @param apiKey                 sent as {@code api_key} in the body; null when the server needs none
 * @param maxSegmentsPerRequest  segments in one {@code q} array
 * @param maxBytesPerRequest     encoded size of the segments of one request
 * @param policy                 timeouts and retries
 */
public record LibreTranslateConfig(URI baseUrl, ApiKey apiKey, int maxSegmentsPerRequest, long maxBytesPerRequest, RemoteCallPolicy policy) {
    /**
     * LibreTranslate documents no fixed limits (each server sets its own); 50 segments or 100 KB keeps one
     * request to a few seconds of CPU on a small self-hosted server and under common proxy body limits.
     */
    public static final int DEFAULT_MAX_SEGMENTS = 50;
    public static final long DEFAULT_MAX_BYTES = 100_000;

    public LibreTranslateConfig {
        baseUrl = RemoteUrls.base(Objects.requireNonNull(baseUrl, "baseUrl"), "the LibreTranslate URL");
        if (maxSegmentsPerRequest < 1 || maxBytesPerRequest < 1) throw new IllegalArgumentException("batch limits must be positive");
        Objects.requireNonNull(policy, "policy");
    }

    public static LibreTranslateConfig of(URI baseUrl) {
        return new LibreTranslateConfig(baseUrl, null, DEFAULT_MAX_SEGMENTS, DEFAULT_MAX_BYTES, RemoteCallPolicy.DEFAULTS);
    }

    /**
     * The configuration from the environment, empty when {@code NEWSDESK_LIBRETRANSLATE_URL} is not set.
     *
     * @throws IllegalArgumentException when a variable is set but unusable
     */
    public static Optional<LibreTranslateConfig> fromEnvironment(Map<String, String> env) {
        String url = env.get("NEWSDESK_LIBRETRANSLATE_URL");
        if (url == null || url.isBlank()) return Optional.empty();
        LibreTranslateConfig config = of(RemoteUrls.parse(url, "NEWSDESK_LIBRETRANSLATE_URL"));
        Optional<ApiKey> key = ApiKey.fromEnvironment(env, "NEWSDESK_LIBRETRANSLATE_KEY", "NEWSDESK_LIBRETRANSLATE_KEY_FILE");
        if (key.isPresent()) config = config.withApiKey(key.get());
        String batch = env.get("NEWSDESK_LIBRETRANSLATE_BATCH_LIMIT");
        if (batch != null && !batch.isBlank()) {
            try {
                config = config.withBatchLimits(Integer.parseInt(batch.strip()), config.maxBytesPerRequest());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("NEWSDESK_LIBRETRANSLATE_BATCH_LIMIT must be a positive number of segments, got '" + batch + "'");
            }
        }
        return Optional.of(config);
    }

    public Optional<ApiKey> key() {
        return Optional.ofNullable(apiKey);
    }

    public LibreTranslateConfig withApiKey(ApiKey key) {
        return new LibreTranslateConfig(baseUrl, key, maxSegmentsPerRequest, maxBytesPerRequest, policy);
    }

    public LibreTranslateConfig withBatchLimits(int segments, long bytes) {
        return new LibreTranslateConfig(baseUrl, apiKey, segments, bytes, policy);
    }

    public LibreTranslateConfig withPolicy(RemoteCallPolicy p) {
        return new LibreTranslateConfig(baseUrl, apiKey, maxSegmentsPerRequest, maxBytesPerRequest, p);
    }
}
