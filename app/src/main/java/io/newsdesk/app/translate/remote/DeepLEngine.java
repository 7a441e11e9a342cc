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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DeepL API ({@code POST /v2/translate}, JSON body, {@code Authorization: DeepL-Auth-Key}). Segments go
 * with {@code tag_handling=html} so that inline links and emphasis stay in place, in batches of at most 50
 * texts and under the documented 128 KiB request size.
 */
public final class DeepLEngine implements TranslationEngine, AutoCloseable {
    /** Documented: at most 50 texts per request. */
    static final int MAX_TEXTS_PER_REQUEST = 50;
    /** Documented: request bodies up to 128 KiB; 4 KiB of it left for the other fields and headroom. */
    static final long MAX_TEXT_BYTES_PER_REQUEST = 128 * 1024 - 4 * 1024;

    private final DeepLConfig config;
    private final HttpClient client;
    private final ServiceCall call;
    private final URI translateUri;

    public DeepLEngine(DeepLConfig config) {
        this.config = config;
        this.client = ServiceCall.newClient(config.policy());
        this.call = new ServiceCall("DeepL", client, config.policy(), "message", this::reason, config.key());
        // a base given with the version path (…/v2) is taken as is
        String base = config.apiBase().toString();
        this.translateUri = URI.create(base + (base.endsWith("/v2") ? "/translate" : "/v2/translate"));
    }

    /** The engine configured by {@code NEWSDESK_DEEPL_KEY}/{@code _KEY_FILE}; empty when no key is set. */
    public static Optional<DeepLEngine> fromEnvironment(Map<String, String> env) {
        return DeepLConfig.fromEnvironment(env).map(DeepLEngine::new);
    }

    public DeepLConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "deepl";
    }

    /** E.g. {@code deepl-api@api-free.deepl.com EN-US}: the host tells free from pro, the code the variant. */
    @Override
    public String model(LanguagePair pair) {
        String target = DeepLLanguages.target(pair.to(), config.englishVariant());
        return "deepl-api@" + ServiceCall.hostOf(config.apiBase()) + (target == null ? "" : " " + target);
    }

    @Override
    public boolean supports(LanguagePair pair) {
        return !pair.from().equals(pair.to())
                && DeepLLanguages.source(pair.from()) != null
                && DeepLLanguages.target(pair.to(), config.englishVariant()) != null;
    }

    @Override
    public boolean handlesHtml() {
        return true;
    }

    @Override
    public List<String> translate(List<String> segments, LanguagePair pair) throws TranslationException {
        if (!supports(pair)) {
            throw new TranslationException("DeepL: " + pair + " is not among the language pairs DeepL translates", false);
        }
        String sourceLang = DeepLLanguages.source(pair.from());
        String targetLang = DeepLLanguages.target(pair.to(), config.englishVariant());
        List<String> result = new ArrayList<>(segments);
        List<Integer> toSend = SegmentBatches.nonBlank(segments);
        for (List<Integer> batch : SegmentBatches.split(segments, toSend, MAX_TEXTS_PER_REQUEST, MAX_TEXT_BYTES_PER_REQUEST)) {
            List<String> texts = batch.stream().map(segments::get).toList();
            List<String> translated = translateBatch(texts, sourceLang, targetLang);
            for (int i = 0; i < batch.size(); i++) {
                result.set(batch.get(i), translated.get(i));
            }
        }
        return result;
    }

    private List<String> translateBatch(List<String> texts, String sourceLang, String targetLang) throws TranslationException {
        ObjectNode body = ServiceCall.JSON.createObjectNode();
        ArrayNode text = body.putArray("text");
        texts.forEach(text::add);
        body.put("source_lang", sourceLang);
        body.put("target_lang", targetLang);
        body.put("tag_handling", "html");
        HttpRequest request = ServiceCall.jsonPost(translateUri, body, config.policy())
                .header("Authorization", "DeepL-Auth-Key " + config.key().secret())
                .build();
        JsonNode answer = call.send(request);
        JsonNode translations = answer.path("translations");
        if (!translations.isArray() || translations.size() != texts.size()) {
            throw new TranslationException("DeepL: unexpected answer: " + (translations.isArray() ? translations.size() : "no")
                    + " translations for " + texts.size() + " texts", true);
        }
        List<String> out = new ArrayList<>(texts.size());
        for (JsonNode t : translations) {
            JsonNode value = t.path("text");
            if (!value.isTextual()) throw new TranslationException("DeepL: unexpected answer: a translation without text", true);
            out.add(value.asText());
        }
        return out;
    }

    /** DeepL's documented status codes, in words an editor or operator can act on. */
    private String reason(int status, String message) {
        String detail = message.isEmpty() ? "HTTP " + status : "HTTP " + status + ": " + message;
        return switch (status) {
            case 401, 403 -> "DeepL: authentication failed (" + detail + "): check " + config.key().origin()
                    + (wrongHostForKey() ? " and NEWSDESK_DEEPL_API_BASE (keys ending in :fx use api-free.deepl.com, others api.deepl.com)" : "");
            case 456 -> "DeepL: quota exceeded (" + detail + "): the account's character limit for this period is used up";
            case 429 -> "DeepL: too many requests (" + detail + ")";
            case 404 -> "DeepL: not found (" + detail + "): check NEWSDESK_DEEPL_API_BASE";
            case 413 -> "DeepL: request too large (" + detail + ")";
            case 414 -> "DeepL: request URL too long (" + detail + ")";
            case 400 -> "DeepL: request refused (" + detail + ")";
            default -> status >= 500 ? "DeepL: service unavailable (" + detail + ")" : "DeepL: unexpected answer (" + detail + ")";
        };
    }

    private boolean wrongHostForKey() {
        boolean free = config.key().isDeepLFreeKey();
        return (free && config.apiBase().equals(DeepLConfig.PRO_API)) || (!free && config.apiBase().equals(DeepLConfig.FREE_API));
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "DeepLEngine[" + config + "]";
    }
}
