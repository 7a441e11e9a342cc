package io.newsdesk.app.translate.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.fetch.RetryAfter;
import io.newsdesk.app.translate.TranslationException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON call to a translation service with the retry rules both adapters share: 429, 5xx, timeouts and
 * I/O errors are tried again with exponential backoff and jitter (or after Retry-After when the service says
 * how long), a bounded number of times; any other error status ends the call at once. Failures become
 * {@link TranslationException}s whose reasons the adapter words from the service's own error message.
 */
final class ServiceCall {
    private static final Logger log = LoggerFactory.getLogger(ServiceCall.class);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE_CHARS = 200;

    /** How a service's error answers read as reasons. */
    interface Reasons {
        /**
         * The reason for an error status. {@code message} is the service's own error text (from its JSON error
         * body, key removed, shortened), or empty when it sent none.
         */
        String httpFailure(int status, String message);
    }

    private final String service;
    private final HttpClient client;
    private final RemoteCallPolicy policy;
    private final String errorField;
    private final Reasons reasons;
    private final ApiKey key;

    /**
     * @param service    the name that starts every reason, e.g. {@code DeepL}
     * @param errorField the field of the service's JSON error body that holds its message
     * @param key        removed from any text the service sends back; may be null
     */
    ServiceCall(String service, HttpClient client, RemoteCallPolicy policy, String errorField, Reasons reasons, ApiKey key) {
        this.service = service;
        this.client = client;
        this.policy = policy;
        this.errorField = errorField;
        this.reasons = reasons;
        this.key = key;
    }

    static HttpClient newClient(RemoteCallPolicy policy) {
        return HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                // HTTP/1.1: no h2c upgrade attempt on plain-http self-hosted services; HTTPS works either way
                .version(HttpClient.Version.HTTP_1_1)
                // a redirected POST would lose its body; a redirect is a configuration error to report
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static HttpRequest.Builder jsonPost(URI uri, JsonNode body, RemoteCallPolicy policy) {
        try {
            return HttpRequest.newBuilder(uri)
                    .timeout(policy.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("User-Agent", "Newsdesk/0.1")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** Sends the request up to the policy's number of attempts and returns the parsed JSON answer. */
    JsonNode send(HttpRequest request) throws TranslationException {
        return send(request, policy.retry().maxAttempts());
    }

    JsonNode send(HttpRequest request, int maxAttempts) throws TranslationException {
        String host = hostOf(request.uri());
        String lastReason = null;
        for (int attempt = 1; ; attempt++) {
            Duration wait = Duration.ZERO;
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status >= 200 && status < 300) return parse(response.body(), host);
                String reason = reasons.httpFailure(status, errorMessage(response.body()));
                if (!retryableStatus(status)) throw new TranslationException(reason, false);
                lastReason = reason;
                Optional<Duration> retryAfter = retryAfter(response);
                if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.retry().maxRetryAfter()) > 0) {
                    throw new TranslationException(reason + ": asked to wait " + retryAfter.get().toSeconds() + " s", true);
                }
                wait = retryAfter.orElse(Duration.ZERO);
            } catch (HttpTimeoutException e) {
                lastReason = service + ": no answer from " + host + " within "
                        + seconds(e instanceof HttpConnectTimeoutException ? policy.connectTimeout() : policy.requestTimeout());
            } catch (IOException e) {
                lastReason = service + ": cannot reach " + host + " (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + shorten(redact(e.getMessage()))) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TranslationException(service + ": interrupted while waiting for " + host, true, e);
            }
            if (attempt >= maxAttempts) {
                throw new TranslationException(lastReason + (maxAttempts > 1 ? ": gave up after " + maxAttempts + " attempts" : ""), true);
            }
            Duration backoff = policy.retry().backoff(attempt);
            Duration delay = wait.compareTo(backoff) > 0 ? wait : backoff;
            log.info("{}: attempt {} of {} failed ({}); trying again in {} ms", service, attempt, maxAttempts, lastReason, delay.toMillis());
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TranslationException(lastReason + ": interrupted before trying again", true, e);
            }
        }
    }

    /** Rate limits, server errors (including DeepL's 529 "too many requests" variant) and 408 pass with time. */
    static boolean retryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }

    private JsonNode parse(String body, String host) throws TranslationException {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) throw new IOException("empty body");
            return node;
        } catch (IOException e) {
            // a 200 that is not JSON means the URL points at something else (a login page, a proxy)
            throw new TranslationException(service + ": unexpected answer from " + host + " (not JSON): check the service URL", false);
        }
    }

    /** The service's message from its JSON error body, or a short plain-text body; never an HTML page. */
    String errorMessage(String body) {
        if (body == null || body.isBlank()) return "";
        String text = null;
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull(errorField)) {
                JsonNode field = node.get(errorField);
                text = field.isTextual() ? field.asText() : field.toString();
            } else if (node != null && node.isTextual()) {
                text = node.asText();
            }
        } catch (IOException notJson) {
            String stripped = body.strip();
            if (!stripped.startsWith("<") && stripped.length() <= MAX_MESSAGE_CHARS) text = stripped;
        }
        return text == null ? "" : shorten(redact(text));
    }

    private String redact(String text) {
        return key == null ? text : key.redact(text);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_MESSAGE_CHARS ? oneLine : oneLine.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return Optional.ofNullable(RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now()));
    }

    static String hostOf(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
