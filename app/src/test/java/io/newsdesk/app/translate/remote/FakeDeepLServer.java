package io.newsdesk.app.translate.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in for the DeepL API on 127.0.0.1, written from its documentation: {@code POST /v2/translate} with a
 * JSON body ({@code text} list, {@code source_lang}, {@code target_lang}, {@code tag_handling}),
 * {@code Authorization: DeepL-Auth-Key KEY}, at most 50 texts and 128 KiB per request, answers
 * {@code {"translations":[{"detected_source_language":"RU","text":"..."}]}} and errors as
 * {@code {"message":"..."}} with 400, 403, 404, 405, 413, and on demand 429, 456, 5xx.
 */
final class FakeDeepLServer extends FakeServerBase {
    static final int MAX_TEXTS = 50;
    static final int MAX_REQUEST_BYTES = 128 * 1024;
    static final Set<String> TARGETS = Set.of("BG", "CS", "DA", "DE", "EL", "EN", "EN-GB", "EN-US", "ES", "ET", "FI", "FR",
            "HU", "ID", "IT", "JA", "KO", "LT", "LV", "NB", "NL", "PL", "PT-PT", "PT-BR", "RO", "RU", "SK", "SL", "SV", "TR", "UK", "ZH-HANS");

    private final String key;

    FakeDeepLServer(String key) throws IOException {
        this.key = key;
    }

    @Override
    String errorBody(String message) {
        return json(Map.of("message", message));
    }

    @Override
    void handle(HttpExchange ex, Received r) throws IOException {
        if (!r.path().equals("/v2/translate")) {
            respond(ex, 404, errorBody("Not found"));
            return;
        }
        if (!r.method().equals("POST")) {
            respond(ex, 405, errorBody("Method not allowed"));
            return;
        }
        if (!("DeepL-Auth-Key " + key).equals(r.header("Authorization"))) {
            respond(ex, 403, errorBody("Authorization failure, check auth_key"));
            return;
        }
        if (r.body().length > MAX_REQUEST_BYTES) {
            respond(ex, 413, errorBody("Request Entity Too Large"));
            return;
        }
        JsonNode body = r.json();
        String contentType = r.header("Content-Type");
        if (body == null || contentType == null || !contentType.startsWith("application/json")) {
            respond(ex, 400, errorBody("Invalid request: expected a JSON body"));
            return;
        }
        JsonNode text = body.path("text");
        if (!text.isArray() || text.isEmpty()) {
            respond(ex, 400, errorBody("Parameter 'text' not specified."));
            return;
        }
        if (text.size() > MAX_TEXTS) {
            respond(ex, 400, errorBody("Too many texts in the request: at most " + MAX_TEXTS));
            return;
        }
        if (!TARGETS.contains(body.path("target_lang").asText())) {
            respond(ex, 400, errorBody("Value for 'target_lang' not supported."));
            return;
        }
        String detected = body.hasNonNull("source_lang") ? body.get("source_lang").asText() : "RU";
        List<Map<String, String>> translations = new ArrayList<>();
        for (JsonNode t : text) translations.add(Map.of("detected_source_language", detected, "text", fakeTranslate(t.asText())));
        respond(ex, 200, json(Map.of("translations", translations)));
    }
}
