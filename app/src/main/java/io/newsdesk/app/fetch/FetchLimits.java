package io.newsdesk.app.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Hard limits of one fetch.
 *
 * @param connectTimeout time to establish the TCP/TLS connection
 * @param totalTimeout   time for one HTTP exchange, from sending the request to the last body byte; this is
 *                       what stops a server that trickles its body (each redirect hop and each retry gets its own)
 * @param maxBodyBytes   maximum body size, enforced on the wire and again after decompression
 * @param maxRedirects   redirects followed before giving up
 */
public record FetchLimits(Duration connectTimeout, Duration totalTimeout, long maxBodyBytes, int maxRedirects) {
    public static final FetchLimits DEFAULTS =
            new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5);

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        // bodies are held in a byte[]
        if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes out of range: " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0");
        }
    }

    public FetchLimits withConnectTimeout(Duration d) {
        return new FetchLimits(d, totalTimeout, maxBodyBytes, maxRedirects);
    }

    public FetchLimits withTotalTimeout(Duration d) {
        return new FetchLimits(connectTimeout, d, maxBodyBytes, maxRedirects);
    }

    public FetchLimits withMaxBodyBytes(long n) {
        return new FetchLimits(connectTimeout, totalTimeout, n, maxRedirects);
    }

    public FetchLimits withMaxRedirects(int n) {
        return new FetchLimits(connectTimeout, totalTimeout, maxBodyBytes, n);
    }
}
