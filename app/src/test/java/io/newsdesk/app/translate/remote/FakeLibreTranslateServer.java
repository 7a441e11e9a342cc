package io.newsdesk.app.translate.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for a LibreTranslate server on 127.0.0.1, written from its documentation: {@code GET /languages}
 * ({@code [{"code":"ru","name":"Russian","targets":["en"]}]}) and {@code POST /translate} with a JSON body
 * ({@code q} text or list, {@code source}, {@code target}, {@code format}, {@code api_key}) answering
 * {@code {"translatedText": ...}} in the shape of {@code q}; errors as {@code {"error":"..."}} with 400
 * (bad request, "xx is not supported", over the batch limit), 403 (bad API key), and on demand 429, 500.
 */
public final class FakeLibreTranslateServer extends FakeServerBase {
    /** Texts this server "knows": answered as written here instead of upper-cased (for end-to-end tests). */
    public final Map<String, String> phrasebook = new java.util.concurrent.ConcurrentHashMap<>();

    /** Source language -> targets, as this server's /languages lists them. */
    static final Map<String, List<String>> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("en", List.of("ru", "uk", "de"));
        LANGUAGES.put("ru", List.of("en", "uk"));
        LANGUAGES.put("uk", List.of("en", "ru"));
        LANGUAGES.put("de", List.of("en"));
    }

    private final String requiredKey;
    private final int batchLimit;
    /** Imitates servers from before list support: a q list is translated as one text into one string. */
    volatile boolean listAsOneText;

    /**
     * @param requiredKey the api_key the server wants (as when started with --api-keys), null for none
     * @param batchLimit  the server's --batch-limit
     */
    public FakeLibreTranslateServer(String requiredKey, int batchLimit) throws IOException {
        this.requiredKey = requiredKey;
        this.batchLimit = batchLimit;
    }

    /** How many translation requests arrived (for tests in other packages). */
    public int translateRequests() {
        return requestsTo("/translate").size();
    }

    /** The server's base URL, for NEWSDESK_LIBRETRANSLATE_URL. */
    public URI url() {
        return base();
    }

    @Override
    String errorBody(String message) {
        return json(Map.of("error", message));
    }

    @Override
    void handle(HttpExchange ex, Received r) throws IOException {
        switch (r.path()) {
            case "/languages" -> languages(ex);
            case "/translate" -> translate(ex, r);
            default -> respond(ex, 404, errorBody("Not Found"));
        }
    }

    private void languages(HttpExchange ex) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        LANGUAGES.forEach((code, targets) -> list.add(Map.of("code", code, "name", code.toUpperCase(), "targets", targets)));
        respond(ex, 200, json(list));
    }

    private void translate(HttpExchange ex, Received r) throws IOException {
        if (!r.method().equals("POST")) {
            respond(ex, 405, errorBody("Method Not Allowed"));
            return;
        }
        JsonNode body = r.json();
        if (body == null || !body.isObject()) {
            respond(ex, 400, errorBody("Invalid request: missing q parameter"));
            return;
        }
        if (requiredKey != null && !requiredKey.equals(body.path("api_key").asText(null))) {
            respond(ex, 403, errorBody("Invalid API key"));
            return;
        }
        JsonNode q = body.path("q");
        if (q.isMissingNode() || q.isNull()) {
            respond(ex, 400, errorBody("Invalid request: missing q parameter"));
            return;
        }
        String source = body.path("source").asText("");
        String target = body.path("target").asText("");
        if (!LANGUAGES.containsKey(source)) {
            respond(ex, 400, errorBody(source + " is not supported"));
            return;
        }
        if (!LANGUAGES.get(source).contains(target)) {
            respond(ex, 400, errorBody(target + " is not supported"));
            return;
        }
        if (q.isArray() && q.size() > batchLimit) {
            respond(ex, 400, errorBody("Invalid request: request (" + q.size() + ") exceeds text limit (" + batchLimit + ")"));
            return;
        }
        Object translated;
        if (q.isArray() && listAsOneText) {
            translated = fakeTranslate(q.toString());
        } else if (q.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode t : q) out.add(phrasebook.getOrDefault(t.asText(), fakeTranslate(t.asText())));
            translated = out;
        } else {
            translated = fakeTranslate(q.asText());
        }
        respond(ex, 200, json(Map.of("translatedText", translated)));
    }
}
