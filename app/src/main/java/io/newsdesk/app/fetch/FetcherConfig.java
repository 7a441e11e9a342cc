package io.newsdesk.app.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Configuration of a {@link Fetcher}.
 *
 * @param contactUrl           put in the User-Agent so that a site operator can reach us
 * @param limits               timeouts and sizes
 * @param retry                retry behaviour
 * @param minHostDelay         minimum pause between the end of one request and the start of the next to one host
 * @param robotsTtl            how long a fetched robots.txt is trusted
 * @param allowPrivateNetworks fetch from private/loopback/link-local/... addresses (NEWSDESK_ALLOW_PRIVATE_NETWORKS)
 * @param trustedOrigins       origins ({@code http://127.0.0.1:PORT}, host as written) of our own loopback servers that
 *                             may be fetched without the above: the demo outlet server. Exactly these: never every
 *                             loopback address or port, so a feed or redirect cannot reach other local services
 */
public record FetcherConfig(
        String contactUrl,
        FetchLimits limits,
        RetryPolicy retry,
        Duration minHostDelay,
        Duration robotsTtl,
        boolean allowPrivateNetworks,
        Set<String> trustedOrigins) {

    /** The token robots.txt groups are matched against, and the product in our User-Agent. */
    public static final String PRODUCT_TOKEN = "Newsdesk";

    static final String VERSION = "0.1";

    public FetcherConfig {
        Objects.requireNonNull(contactUrl, "contactUrl");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(minHostDelay, "minHostDelay");
        Objects.requireNonNull(robotsTtl, "robotsTtl");
        trustedOrigins = Set.copyOf(trustedOrigins);
    }

    public static FetcherConfig defaults(String contactUrl) {
        return new FetcherConfig(contactUrl, FetchLimits.DEFAULTS, RetryPolicy.DEFAULTS, Duration.ofSeconds(1),
                Duration.ofHours(1), false, Set.of());
    }

    /**
     * The defaults with the operator's settings: the contact address from {@code NEWSDESK_CONTACT_URL}
     * (else the site's {@code NEWSDESK_BASE_URL}), and private networks allowed by the command's flag or
     * {@code NEWSDESK_ALLOW_PRIVATE_NETWORKS=true}, and the pause between two requests to one host from
     * {@code NEWSDESK_FETCH_HOST_DELAY_MS} (default 1000).
     */
    public static FetcherConfig fromEnvironment(Map<String, String> env, boolean allowPrivateNetworksFlag) {
        String contact = env.getOrDefault("NEWSDESK_CONTACT_URL", env.getOrDefault("NEWSDESK_BASE_URL", "contact not configured"));
        boolean allow = allowPrivateNetworksFlag || "true".equalsIgnoreCase(env.get("NEWSDESK_ALLOW_PRIVATE_NETWORKS"));
        FetcherConfig c = defaults(contact).withAllowPrivateNetworks(allow);
        String delay = env.get("NEWSDESK_FETCH_HOST_DELAY_MS");
        if (delay != null && !delay.isBlank()) {
            try {
                long ms = Long.parseLong(delay.strip());
                if (ms < 0) throw new NumberFormatException();
                c = c.withMinHostDelay(Duration.ofMillis(ms));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("NEWSDESK_FETCH_HOST_DELAY_MS must be a number of milliseconds, got '" + delay + "'");
            }
        }
        return c;
    }

    public String userAgent() {
        return PRODUCT_TOKEN + "/" + VERSION + " (+" + contactUrl + ")";
    }

    public FetcherConfig withLimits(FetchLimits l) {
        return new FetcherConfig(contactUrl, l, retry, minHostDelay, robotsTtl, allowPrivateNetworks, trustedOrigins);
    }

    public FetcherConfig withRetry(RetryPolicy r) {
        return new FetcherConfig(contactUrl, limits, r, minHostDelay, robotsTtl, allowPrivateNetworks, trustedOrigins);
    }

    public FetcherConfig withMinHostDelay(Duration d) {
        return new FetcherConfig(contactUrl, limits, retry, d, robotsTtl, allowPrivateNetworks, trustedOrigins);
    }

    public FetcherConfig withRobotsTtl(Duration d) {
        return new FetcherConfig(contactUrl, limits, retry, minHostDelay, d, allowPrivateNetworks, trustedOrigins);
    }

    public FetcherConfig withAllowPrivateNetworks(boolean b) {
        return new FetcherConfig(contactUrl, limits, retry, minHostDelay, robotsTtl, b, trustedOrigins);
    }

    /** Also fetch from the loopback server at this URL's origin (scheme, host as written, port), and from no other. */
    public FetcherConfig withTrustedOrigin(String url) {
        Set<String> origins = new HashSet<>(trustedOrigins);
        origins.add(AddressPolicy.origin(URI.create(url)));
        return new FetcherConfig(contactUrl, limits, retry, minHostDelay, robotsTtl, allowPrivateNetworks, origins);
    }
}
