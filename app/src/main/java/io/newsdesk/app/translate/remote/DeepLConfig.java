package io.newsdesk.app.translate.remote;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach the DeepL API.
 *
 * <p>Environment: {@code NEWSDESK_DEEPL_KEY} or {@code NEWSDESK_DEEPL_KEY_FILE} (a file holding the key);
 * {@code NEWSDESK_DEEPL_API_BASE} (default: {@code https://api-free.deepl.com} for keys ending in
 * {@code :fx}, {@code https://api.deepl.com} otherwise); {@code NEWSDESK_DEEPL_TARGET_VARIANT}
 * ({@code EN-US}, the default, or {@code EN-GB}).
 *
 * <p>EN-US is the default because the translation guard checks output words against an American English
 * word list (Debian's wamerican): British spellings would count against an otherwise good translation.
 *
 * @param key            the authentication key; its value never appears in {@link #toString()}
 * @param apiBase        scheme, host and port of the API; {@code /v2/translate} is added to it
 * @param englishVariant the DeepL target code used for English, {@code EN-US} or {@code EN-GB}
 * @param policy         timeouts and retries
 */
public record DeepLConfig(ApiKey key, URI apiBase, String englishVariant, RemoteCallPolicy policy) {
    public static final URI FREE_API = URI.create("https://api-free.deepl.com");
    public static final URI PRO_API = URI.create("https://api.deepl.com");
    public static final String DEFAULT_ENGLISH_VARIANT = "EN-US";

    public DeepLConfig {
        Objects.requireNonNull(key, "key");
        apiBase = RemoteUrls.base(Objects.requireNonNull(apiBase, "apiBase"), "the DeepL API base");
        englishVariant = DeepLLanguages.englishVariant(Objects.requireNonNull(englishVariant, "englishVariant"));
        Objects.requireNonNull(policy, "policy");
    }

    /** The key with the host its plan uses, EN-US and default timeouts. */
    public static DeepLConfig of(ApiKey key) {
        return new DeepLConfig(key, defaultBase(key), DEFAULT_ENGLISH_VARIANT, RemoteCallPolicy.DEFAULTS);
    }

    /** Free-plan keys end in {@code :fx} and are refused by the pro host, and the other way round. */
    public static URI defaultBase(ApiKey key) {
        return key.isDeepLFreeKey() ? FREE_API : PRO_API;
    }

    /**
     * The configuration from the environment, empty when no key is set.
     *
     * @throws IllegalArgumentException when a variable is set but unusable (both key variables, unreadable
     *                                  key file, bad URL or variant)
     */
    public static Optional<DeepLConfig> fromEnvironment(Map<String, String> env) {
        Optional<ApiKey> key = ApiKey.fromEnvironment(env, "NEWSDESK_DEEPL_KEY", "NEWSDESK_DEEPL_KEY_FILE");
        if (key.isEmpty()) return Optional.empty();
        DeepLConfig config = of(key.get());
        String base = env.get("NEWSDESK_DEEPL_API_BASE");
        if (base != null && !base.isBlank()) config = config.withApiBase(RemoteUrls.parse(base, "NEWSDESK_DEEPL_API_BASE"));
        String variant = env.get("NEWSDESK_DEEPL_TARGET_VARIANT");
        if (variant != null && !variant.isBlank()) config = config.withEnglishVariant(variant);
        return Optional.of(config);
    }

    public DeepLConfig withApiBase(URI base) {
        return new DeepLConfig(key, base, englishVariant, policy);
    }

    public DeepLConfig withEnglishVariant(String variant) {
        return new DeepLConfig(key, apiBase, variant, policy);
    }

    public DeepLConfig withPolicy(RemoteCallPolicy p) {
        return new DeepLConfig(key, apiBase, englishVariant, p);
    }
}
