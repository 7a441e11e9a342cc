package io.newsdesk.app.fetch;

/** Why a fetch failed; stored with the source's health so an operator sees a typed reason, not a stack trace. */
public enum FailureCause {
    DNS,
    CONNECT,
    TLS,
    TIMEOUT,
    HTTP_STATUS,
    TOO_LARGE,
    TOO_MANY_REDIRECTS,
    REDIRECT_LOOP,
    PRIVATE_ADDRESS,
    ROBOTS,
    BAD_URL,
    /** The body could not be decompressed (corrupt gzip/deflate/brotli, or an encoding we never asked for). */
    DECODING,
    /** The calling thread was interrupted (shutdown); not a problem of the remote site. */
    INTERRUPTED;

    /**
     * Whether trying again cannot help: the address, robots.txt, the size, the URL or the redirects are what
     * they are. Timeouts, refused connections, DNS, TLS, 5xx, 408 and 429 may pass and are worth a retry.
     *
     * @param status the HTTP status of the last response (0 when there was none)
     */
    public boolean permanent(int status) {
        return switch (this) {
            case PRIVATE_ADDRESS, ROBOTS, TOO_LARGE, BAD_URL, TOO_MANY_REDIRECTS, REDIRECT_LOOP, DECODING -> true;
            case HTTP_STATUS -> status >= 400 && status < 500 && status != 408 && status != 429;
            case DNS, CONNECT, TLS, TIMEOUT, INTERRUPTED -> false;
        };
    }
}
