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
    INTERRUPTED
}
