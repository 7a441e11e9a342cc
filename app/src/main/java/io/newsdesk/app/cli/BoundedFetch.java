package io.newsdesk.app.cli;

import java.io.IOException;
import java.io.InputStream;
import io.newsdesk.app.ingest.fetch.AddressPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The plain bounded fetch of {@code ./newsdesk extract}: a file, or one http(s) page with a time
 * limit, a size limit and no private addresses. The importer's polite fetcher will replace it.
 */
final class BoundedFetch {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_REDIRECTS = 5;

    private BoundedFetch() {}

    /** A failure reported as one line on standard error. */
    static final class FetchException extends Exception {
        FetchException(String message) {
            super(message);
        }
    }

    record Fetched(byte[] body, String url, String contentType, boolean truncated) {}

    static boolean isHttpUrl(String s) {
        return s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8);
    }

    static Fetched readFile(String source) throws FetchException {
        if (source.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            throw new FetchException("only http and https URLs can be fetched: " + source);
        }
        Path path = Path.of(source);
        try {
            long size = Files.size(path);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES);
            }
            return new Fetched(bytes, null, null, size > MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new FetchException("no such file: " + source);
        } catch (IOException e) {
            throw new FetchException("cannot read " + source + ": " + e.getMessage());
        }
    }

    /**
     * GET with the limits above. Redirects are followed here, not by the client, so that every hop
     * is checked against the scheme and address rules.
     */
    static Fetched fetch(URI uri, boolean allowPrivate) throws FetchException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                checkTarget(uri, allowPrivate);
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                        .header("User-Agent", "Newsdesk-extract/0.1")
                        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5").GET().build();
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                try (InputStream body = response.body()) {
                    if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                        uri = uri.resolve(response.headers().firstValue("Location").get().strip());
                        continue;
                    }
                    if (status != 200) throw new FetchException("HTTP " + status + " from " + uri);
                    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                    boolean truncated = bytes.length > MAX_BYTES;
                    if (truncated) bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
                    return new Fetched(bytes, uri.toString(), response.headers().firstValue("Content-Type").orElse(null), truncated);
                }
            }
            throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + uri);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new FetchException("timed out after " + TIMEOUT.toSeconds() + " s fetching " + uri);
        } catch (IOException e) {
            throw new FetchException("cannot fetch " + uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted fetching " + uri);
        }
    }

    static void checkTarget(URI uri, boolean allowPrivate) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https URLs can be fetched: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) throw new FetchException("no host in URL " + uri);
        if (allowPrivate) return;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host);
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                throw new FetchException("refusing to fetch " + uri + ": " + host + " is a private or loopback address ("
                        + a.getHostAddress() + "); use --allow-private to allow it");
            }
        }
    }

    /** The importer's address rules: not public means private, loopback, link-local, multicast, reserved… */
    static boolean isPrivate(InetAddress a) {
        return AddressPolicy.nonPublicReason(a) != null;
    }
}
