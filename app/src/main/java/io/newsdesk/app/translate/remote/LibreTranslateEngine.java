package io.newsdesk.app.translate.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.TranslationEngine;
import io.newsdesk.app.translate.TranslationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A LibreTranslate server ({@code POST /translate} with a JSON body, {@code format=html}). Segments go as a
 * {@code q} array, a capped number per request. The pairs the server offers come from {@code GET /languages},
 * asked once and kept; when that list cannot be had, every pair is assumed and {@code /translate} reports.
 */
public final class LibreTranslateEngine implements TranslationEngine, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LibreTranslateEngine.class);
    /** After a failed {@code /languages}, ask again only this much later, not on every supports() call. */
    static final Duration LANGUAGES_RETRY_AFTER = Duration.ofMinutes(10);
    private static final Pattern NOT_SUPPORTED = Pattern.compile("(?i)\\b([a-z]{2,3}(?:-[a-z]+)?) is not supported");

    private final LibreTranslateConfig config;
    private final HttpClient client;
    private final URI translateUri;
    private final URI languagesUri;

    private final Object languagesLock = new Object();
    private volatile Map<String, Set<String>> languages; // source code -> target codes; null until known
    private long languagesFailedAt = Long.MIN_VALUE;
    // old servers (before list support in q) answer a list with one string; then segments go one by one
    private volatile boolean oneSegmentPerRequest;

    public LibreTranslateEngine(LibreTranslateConfig config) {
        this.config = config;
        this.client = ServiceCall.newClient(config.policy());
        this.translateUri = RemoteUrls.resolve(config.baseUrl(), "/translate");
        this.languagesUri = RemoteUrls.resolve(config.baseUrl(), "/languages");
    }

    /** The engine configured by {@code NEWSDESK_LIBRETRANSLATE_URL}; empty when it is not set. */
    public static Optional<LibreTranslateEngine> fromEnvironment(Map<String, String> env) {
        return LibreTranslateConfig.fromEnvironment(env).map(LibreTranslateEngine::new);
    }

    public LibreTranslateConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "libretranslate";
    }

    /** E.g. {@code libretranslate@translate.example.org}: which server produced it. */
    @Override
    public String model(LanguagePair pair) {
        return "libretranslate@" + ServiceCall.hostOf(config.baseUrl());
    }

    @Override
    public boolean supports(LanguagePair pair) {
        if (pair.from().equals(pair.to())) return false;
        return languages().map(l -> l.getOrDefault(pair.from(), Set.of()).contains(pair.to())).orElse(true);
    }

    @Override
    public boolean handlesHtml() {
        return true;
    }

    @Override
    public List<String> translate(List<String> segments, LanguagePair pair) throws TranslationException {
        Optional<Map<String, Set<String>>> known = languages();
        if (known.isPresent() && !known.get().getOrDefault(pair.from(), Set.of()).contains(pair.to())) {
            throw new TranslationException("LibreTranslate: " + pair + " is not offered by " + ServiceCall.hostOf(config.baseUrl())
                    + " (not in its /languages list)", false);
        }
        ServiceCall call = new ServiceCall("LibreTranslate", client, config.policy(), "error", (s, m) -> reason(s, m, pair), config.apiKey());
        List<String> result = new ArrayList<>(segments);
        List<Integer> toSend = SegmentBatches.nonBlank(segments);
        int maxCount = oneSegmentPerRequest ? 1 : config.maxSegmentsPerRequest();
        for (List<Integer> batch : SegmentBatches.split(segments, toSend, maxCount, config.maxBytesPerRequest())) {
            List<String> texts = batch.stream().map(segments::get).toList();
            List<String> translated = translateBatch(call, texts, pair);
            for (int i = 0; i < batch.size(); i++) {
                result.set(batch.get(i), translated.get(i));
            }
        }
        return result;
    }

    private List<String> translateBatch(ServiceCall call, List<String> texts, LanguagePair pair) throws TranslationException {
        if (oneSegmentPerRequest && texts.size() > 1) {
            List<String> out = new ArrayList<>();
            for (String t : texts) out.addAll(translateBatch(call, List.of(t), pair));
            return out;
        }
        ObjectNode body = ServiceCall.JSON.createObjectNode();
        if (oneSegmentPerRequest) {
            body.put("q", texts.getFirst());
        } else {
            ArrayNode q = body.putArray("q");
            texts.forEach(q::add);
        }
        body.put("source", pair.from());
        body.put("target", pair.to());
        body.put("format", "html");
        config.key().ifPresent(k -> body.put("api_key", k.secret()));
        HttpRequest request = ServiceCall.jsonPost(translateUri, body, config.policy()).build();
        JsonNode translated = call.send(request).path("translatedText");
        if (translated.isArray() && translated.size() == texts.size()) {
            List<String> out = new ArrayList<>(texts.size());
            for (JsonNode t : translated) {
                if (!t.isTextual()) throw unexpected("a translation that is not text");
                out.add(t.asText());
            }
            return out;
        }
        if (translated.isTextual() && texts.size() == 1) return List.of(translated.asText());
        if (translated.isTextual() && !oneSegmentPerRequest) {
            // the server read the list as one text: an old version; switch to one segment per request for good
            log.warn("LibreTranslate at {} does not take a list of texts; sending segments one by one", ServiceCall.hostOf(config.baseUrl()));
            oneSegmentPerRequest = true;
            return translateBatch(call, texts, pair);
        }
        throw unexpected(translated.isArray() ? translated.size() + " translations for " + texts.size() + " texts" : "no translatedText");
    }

    private static TranslationException unexpected(String what) {
        return new TranslationException("LibreTranslate: unexpected answer: " + what, true);
    }

    /** LibreTranslate's documented error answers ({@code {"error": "..."}}) in words to act on. */
    private String reason(int status, String message, LanguagePair pair) {
        String detail = message.isEmpty() ? "HTTP " + status : "HTTP " + status + ": " + message;
        String keyVariable = config.key().map(ApiKey::origin).orElse("NEWSDESK_LIBRETRANSLATE_KEY");
        String keyAdvice = config.key().isPresent() ? "check " + keyVariable : "set " + keyVariable;
        if (status == 400) {
            Matcher m = NOT_SUPPORTED.matcher(message);
            if (m.find()) {
                return "LibreTranslate: " + m.group(1).toLowerCase(Locale.ROOT) + " is not supported (" + detail + ")";
            }
            if (message.toLowerCase(Locale.ROOT).contains("api key")) {
                return "LibreTranslate: the server wants an API key (" + detail + "): " + keyAdvice;
            }
            return "LibreTranslate: request refused (" + detail + ")";
        }
        return switch (status) {
            case 401, 403 -> "LibreTranslate: access refused (" + detail + "): " + keyAdvice;
            case 404 -> "LibreTranslate: not found (" + detail + "): check NEWSDESK_LIBRETRANSLATE_URL";
            case 429 -> "LibreTranslate: too many requests (" + detail + ")";
            case 500 -> "LibreTranslate: translation failed on the server (" + detail + ")";
            default -> status >= 500 ? "LibreTranslate: service unavailable (" + detail + ")"
                    : "LibreTranslate: unexpected answer (" + detail + ") for " + pair;
        };
    }

    /** The server's pairs, asked once; empty while unknown (and for a while after a failed attempt). */
    Optional<Map<String, Set<String>>> languages() {
        Map<String, Set<String>> known = languages;
        if (known != null) return Optional.of(known);
        synchronized (languagesLock) {
            if (languages != null) return Optional.of(languages);
            long now = System.nanoTime();
            if (languagesFailedAt != Long.MIN_VALUE && now - languagesFailedAt < LANGUAGES_RETRY_AFTER.toNanos()) {
                return Optional.empty();
            }
            try {
                languages = fetchLanguages();
                return Optional.of(languages);
            } catch (TranslationException e) {
                languagesFailedAt = now;
                log.warn("{}; assuming every pair until asked again in {} min", e.getMessage(), LANGUAGES_RETRY_AFTER.toMinutes());
                return Optional.empty();
            }
        }
    }

    private Map<String, Set<String>> fetchLanguages() throws TranslationException {
        HttpRequest request = HttpRequest.newBuilder(languagesUri)
                .timeout(config.policy().requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "Newsdesk/0.1")
                .GET().build();
        ServiceCall call = new ServiceCall("LibreTranslate", client, config.policy(), "error",
                (s, m) -> "LibreTranslate: cannot list languages (" + (m.isEmpty() ? "HTTP " + s : "HTTP " + s + ": " + m) + ")", config.apiKey());
        // one attempt: supports() should not stall the translator for minutes of backoff
        JsonNode list = call.send(request, 1);
        if (!list.isArray()) throw new TranslationException("LibreTranslate: cannot list languages (unexpected answer)", true);
        Set<String> codes = new HashSet<>();
        for (JsonNode l : list) codes.add(l.path("code").asText().toLowerCase(Locale.ROOT));
        Map<String, Set<String>> pairs = new HashMap<>();
        for (JsonNode l : list) {
            String code = l.path("code").asText().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) continue;
            Set<String> targets = new HashSet<>();
            if (l.path("targets").isArray()) {
                l.path("targets").forEach(t -> targets.add(t.asText().toLowerCase(Locale.ROOT)));
            } else {
                targets.addAll(codes); // servers before "targets" existed translate between all their languages
            }
            targets.remove(code);
            pairs.put(code, Set.copyOf(targets));
        }
        return Map.copyOf(pairs);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "LibreTranslateEngine[" + config + "]";
    }
}
