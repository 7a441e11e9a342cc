package io.newsdesk.app.fetch;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;

/**
 * Fetches feeds and article pages politely and safely. One instance is shared by the whole process (it owns the
 * connection pool, the per-host gates and the robots.txt cache); {@link #fetch} is thread-safe, blocks the
 * calling (virtual) thread, and never throws for network problems: they come back as a failed {@link FetchResult}.
 *
 * <p>Per attempt: every redirect hop is checked (scheme, address after DNS, robots.txt for pages) and runs
 * through the host gate. Redirects are followed here, not by HttpClient, so that each hop can be checked.
 */
public final class Fetcher implements AutoCloseable {
    private static final long ROBOTS_MAX_BYTES = 500 * 1024; // what RFC 9309 asks crawlers to parse at least
    private static final long ERROR_BODY_MAX = 16 * 1024; // bodies of redirects and errors are not used

    private final FetcherConfig config;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;
    private final AddressPolicy addresses;
    private final HostGate gate;
    private final RobotsCache robots;

    public Fetcher(FetcherConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(config.limits().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.addresses = new AddressPolicy(config.allowPrivateNetworks(), config.trustedOrigins());
        this.gate = new HostGate(config.minHostDelay());
        this.robots = new RobotsCache(config.robotsTtl(), executor, this::loadRobots);
    }

    public FetcherConfig config() {
        return config;
    }

    public FetchResult fetch(FetchRequest request) {
        return fetch(request, config.limits().maxBodyBytes());
    }

    /** A fetch whose body may be at most {@code maxBodyBytes} (and never above the configured limit): images have their own. */
    public FetchResult fetch(FetchRequest request, long maxBodyBytes) {
        long maxBytes = Math.min(maxBodyBytes, config.limits().maxBodyBytes());
        URI start;
        try {
            start = parseUrl(request.url());
        } catch (FetchFailure f) {
            return FetchResult.failed(null, f, 0);
        }
        RetryPolicy retry = config.retry();
        for (int attempt = 1; ; attempt++) {
            try {
                Response r = followRedirects(start, request, request.kind() != FetchKind.FEED, maxBytes, false);
                return toResult(start, r, attempt);
            } catch (FetchFailure f) {
                if (!retryable(f) || attempt >= retry.maxAttempts()) {
                    return FetchResult.failed(start, f, attempt);
                }
                Duration delay = f.retryAfter != null ? f.retryAfter : retry.backoff(attempt);
                if (f.retryAfter != null && f.retryAfter.compareTo(retry.maxRetryAfter()) > 0) {
                    // the server asks for a longer pause than a fetch may wait: report it, the scheduler backs off
                    return FetchResult.failed(start, f, attempt);
                }
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return FetchResult.failed(start, new FetchFailure(FailureCause.INTERRUPTED, "interrupted during retry backoff"), attempt);
                }
            }
        }
    }

    private static boolean retryable(FetchFailure f) {
        return f.cause == FailureCause.TIMEOUT
                || (f.cause == FailureCause.HTTP_STATUS && (f.status >= 500 || f.status == 429));
    }

    private FetchResult toResult(URI start, Response r, int attempt) throws FetchFailure {
        HttpHeaders h = r.headers();
        String etag = h.firstValue("etag").orElse(null);
        String lastModified = h.firstValue("last-modified").orElse(null);
        if (r.status() == 304) {
            return FetchResult.notModified(start, r.uri(), etag, lastModified, attempt);
        }
        if (r.status() / 100 == 2) {
            return FetchResult.success(start, r.uri(), r.status(), h.firstValue("content-type").orElse(null), etag,
                    lastModified, r.body(), attempt);
        }
        Duration retryAfter = r.status() == 429 || r.status() == 503
                ? RetryAfter.parse(h.firstValue("retry-after").orElse(null), Instant.now())
                : null;
        throw new FetchFailure(FailureCause.HTTP_STATUS, "HTTP " + r.status() + " from " + r.uri(), r.status(), r.uri(), retryAfter);
    }

    private record Response(URI uri, int status, HttpHeaders headers, byte[] body) {}

    private Response followRedirects(URI start, FetchRequest request, boolean checkRobots, long maxBytes, boolean truncate)
            throws FetchFailure {
        Set<String> seen = new HashSet<>();
        seen.add(loopKey(start));
        URI current = start;
        int redirects = 0;
        while (true) {
            Response r = hop(current, request, checkRobots, maxBytes, truncate);
            if (!isRedirect(r.status())) {
                return r;
            }
            String location = r.headers().firstValue("location").orElse(null);
            if (location == null) {
                return r; // a 3xx without Location: reported as an HTTP status
            }
            if (redirects >= config.limits().maxRedirects()) {
                throw new FetchFailure(FailureCause.TOO_MANY_REDIRECTS,
                        "more than " + config.limits().maxRedirects() + " redirects, last at " + current, r.status(), current, null);
            }
            URI next = resolve(current, location);
            if (!seen.add(loopKey(next))) {
                throw new FetchFailure(FailureCause.REDIRECT_LOOP, "redirect loop: " + current + " -> " + next, r.status(), current, null);
            }
            redirects++;
            current = next;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private Response hop(URI uri, FetchRequest request, boolean checkRobots, long maxBytes, boolean truncate) throws FetchFailure {
        addresses.check(uri);
        // robots.txt before the gate: its own download goes through the same host's gate
        if (checkRobots && !robots.allowed(uri)) {
            throw new FetchFailure(FailureCause.ROBOTS, "robots.txt of " + RobotsCache.origin(uri) + " disallows " + uri, 0, uri, null);
        }
        return gate.call(uri.getHost(), () -> exchange(uri, request, maxBytes, truncate));
    }

    private Response exchange(URI uri, FetchRequest request, long maxBytes, boolean truncate) throws FetchFailure {
        Duration total = config.limits().totalTimeout();
        AtomicReference<LimitedBodySubscriber> subscriber = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            boolean wanted = info.statusCode() / 100 == 2;
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            LimitedBodySubscriber s = wanted
                    ? new LimitedBodySubscriber(maxBytes, truncate, declared)
                    : new LimitedBodySubscriber(ERROR_BODY_MAX, true, -1);
            subscriber.set(s);
            return s;
        };
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(total)
                    .header("User-Agent", config.userAgent())
                    .header("Accept-Encoding", ContentDecoder.ACCEPT_ENCODING)
                    .header("Accept", accept(request));
            if (request != null && request.etag() != null) {
                b.header("If-None-Match", request.etag());
            }
            if (request != null && request.lastModified() != null) {
                b.header("If-Modified-Since", request.lastModified());
            }
            future = client.sendAsync(b.build(), handler);
        } catch (IllegalArgumentException e) {
            // an URI HttpClient will not take, or a stored validator with characters not allowed in a header
            throw new FetchFailure(FailureCause.BAD_URL, "cannot request " + uri + ": " + e.getMessage(), 0, uri, null);
        }
        HttpResponse<byte[]> response;
        try {
            // HttpRequest.timeout only covers waiting for the headers; this bounds the body too
            response = future.get(total.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(future, subscriber.get());
            throw new FetchFailure(FailureCause.TIMEOUT, "no complete response within " + total + " from " + uri, 0, uri, null);
        } catch (InterruptedException e) {
            abort(future, subscriber.get());
            Thread.currentThread().interrupt();
            throw new FetchFailure(FailureCause.INTERRUPTED, "interrupted while fetching " + uri, 0, uri, null);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), uri);
        }
        byte[] body = response.body();
        if (response.statusCode() / 100 == 2) {
            try {
                body = ContentDecoder.decode(response.headers().firstValue("content-encoding").orElse(null), body, maxBytes, truncate);
            } catch (FetchFailure f) {
                throw new FetchFailure(f.cause, f.getMessage() + " from " + uri, response.statusCode(), uri, null);
            }
        }
        return new Response(uri, response.statusCode(), response.headers(), body);
    }

    private static void abort(CompletableFuture<?> future, LimitedBodySubscriber s) {
        future.cancel(true);
        if (s != null) {
            s.abort();
        }
    }

    private static FetchFailure translate(Throwable error, URI uri) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof FetchFailure f) {
                return new FetchFailure(f.cause, f.getMessage() + " from " + uri, f.status, uri, null);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchFailure(FailureCause.TIMEOUT, "connect to " + uri.getHost() + " timed out", 0, uri, null);
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchFailure(FailureCause.TIMEOUT, "timed out waiting for " + uri, 0, uri, null);
            }
            if (t instanceof SSLException) {
                return new FetchFailure(FailureCause.TLS, "TLS failure with " + uri.getHost() + ": " + t.getMessage(), 0, uri, null);
            }
            if (t instanceof UnknownHostException) {
                return new FetchFailure(FailureCause.DNS, "cannot resolve host " + uri.getHost(), 0, uri, null);
            }
            if (t instanceof ConnectException) {
                return new FetchFailure(FailureCause.CONNECT, "cannot connect to " + uri.getHost() + ": " + t.getMessage(), 0, uri, null);
            }
        }
        return new FetchFailure(FailureCause.CONNECT, "connection to " + uri.getHost() + " failed: " + error, 0, uri, null);
    }

    private static String accept(FetchRequest request) {
        if (request != null && request.kind() == FetchKind.PAGE) {
            return "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
        }
        if (request != null && request.kind() == FetchKind.IMAGE) {
            return "image/jpeg,image/png,image/gif;q=0.9,*/*;q=0.5";
        }
        if (request == null) {
            return "text/plain,*/*;q=0.5";
        }
        return "application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,"
                + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8";
    }

    /** Fetched through the normal path (address checks, gate, redirects) but without retries. */
    private RobotsTxt loadRobots(URI robotsUri) {
        try {
            Response r = followRedirects(robotsUri, null, false, ROBOTS_MAX_BYTES, true);
            if (r.status() / 100 == 2) {
                return RobotsTxt.parse(new String(r.body(), StandardCharsets.UTF_8), FetcherConfig.PRODUCT_TOKEN);
            }
            if (r.status() / 100 == 4) {
                return RobotsTxt.allowAll(); // no robots.txt
            }
            return RobotsTxt.disallowAllForNow();
        } catch (FetchFailure f) {
            // RFC 9309: too many redirects counts as "unavailable" (allow); unreachable means disallow for now
            return f.cause == FailureCause.TOO_MANY_REDIRECTS ? RobotsTxt.allowAll() : RobotsTxt.disallowAllForNow();
        } catch (RuntimeException e) {
            return RobotsTxt.disallowAllForNow(); // a fetch must not throw; err on the side of not crawling
        }
    }

    static URI parseUrl(String url) throws FetchFailure {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new FetchFailure(FailureCause.BAD_URL, "not a URL: " + url);
        }
        return check(uri, url);
    }

    private static URI resolve(URI base, String location) throws FetchFailure {
        try {
            return check(base.resolve(new URI(location.trim())), location);
        } catch (URISyntaxException e) {
            throw new FetchFailure(FailureCause.BAD_URL, "bad redirect Location: " + location, 0, base, null);
        }
    }

    private static URI check(URI uri, String original) throws FetchFailure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailure(FailureCause.BAD_URL, "only http and https are fetched: " + original);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchFailure(FailureCause.BAD_URL, "no host in " + original);
        }
        if (uri.getRawFragment() != null) { // never sent to the server
            String text = uri.toString();
            uri = URI.create(text.substring(0, text.indexOf('#')));
        }
        return uri;
    }

    /** Same resource, however it is spelled: scheme and host case, default port, empty path. */
    private static String loopKey(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return RobotsCache.origin(uri) + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Override
    public void close() {
        client.shutdownNow();
        executor.shutdownNow();
    }
}
