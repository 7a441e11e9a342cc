package io.newsdesk.app.translate.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both adapters configured from the environment; keys from a variable or a file, never shown. */
class RemoteEngineConfigTest {
    @TempDir
    Path dir;

    @Test
    void nothingConfiguredMeansNoEngine() {
        assertThat(DeepLEngine.fromEnvironment(Map.of())).isEmpty();
        assertThat(LibreTranslateEngine.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY", " "))).isEmpty();
        assertThat(DeepLConfig.fromEnvironment(Map.of("NEWSDESK_LIBRETRANSLATE_KEY", "k"))).isEmpty();
    }

    @Test
    void theDeepLHostFollowsTheKeyUnlessGiven() {
        assertThat(DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY", "abc:fx")).orElseThrow().apiBase())
                .isEqualTo(DeepLConfig.FREE_API);
        assertThat(DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY", "abc")).orElseThrow().apiBase())
                .isEqualTo(DeepLConfig.PRO_API);
        DeepLConfig local = DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY", "abc:fx",
                "NEWSDESK_DEEPL_API_BASE", "http://127.0.0.1:9999/", "NEWSDESK_DEEPL_TARGET_VARIANT", "en-gb")).orElseThrow();
        assertThat(local.apiBase()).isEqualTo(URI.create("http://127.0.0.1:9999"));
        assertThat(local.englishVariant()).isEqualTo("EN-GB");
        assertThat(DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY", "abc")).orElseThrow().englishVariant()).isEqualTo("EN-US");
    }

    @Test
    void aKeyFileIsReadAndItsContentNeverShown() throws Exception {
        Path file = dir.resolve("deepl.key");
        Files.writeString(file, "file-secret-42:fx\n");

        DeepLConfig config = DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY_FILE", file.toString())).orElseThrow();

        assertThat(config.key().secret()).isEqualTo("file-secret-42:fx");
        assertThat(config.key().origin()).isEqualTo("NEWSDESK_DEEPL_KEY_FILE");
        assertThat(config.apiBase()).isEqualTo(DeepLConfig.FREE_API);
        try (DeepLEngine engine = new DeepLEngine(config)) {
            assertThat(List.of(config.toString(), config.key().toString(), engine.toString())).noneMatch(s -> s.contains("file-secret-42"));
        }
    }

    @Test
    void unusableKeySettingsAreExplained() throws Exception {
        assertThatThrownBy(() -> DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY", "a", "NEWSDESK_DEEPL_KEY_FILE", "/x")))
                .hasMessage("set NEWSDESK_DEEPL_KEY or NEWSDESK_DEEPL_KEY_FILE, not both");
        assertThatThrownBy(() -> DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY_FILE", dir.resolve("missing").toString())))
                .hasMessageStartingWith("NEWSDESK_DEEPL_KEY_FILE: cannot read the key file");
        Path empty = Files.writeString(dir.resolve("empty.key"), "\n");
        assertThatThrownBy(() -> DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY_FILE", empty.toString())))
                .hasMessageEndingWith("is empty");
        assertThatThrownBy(() -> DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY", "a", "NEWSDESK_DEEPL_TARGET_VARIANT", "EN-AU")))
                .hasMessageContaining("EN-US or EN-GB");
        assertThatThrownBy(() -> DeepLConfig.fromEnvironment(Map.of("NEWSDESK_DEEPL_KEY", "a", "NEWSDESK_DEEPL_API_BASE", "ftp://x")))
                .hasMessageContaining("http or https URL");
    }

    @Test
    void libreTranslateFromTheEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("lt.key"), "lt-key-7\n");

        LibreTranslateConfig config = LibreTranslateConfig.fromEnvironment(Map.of("NEWSDESK_LIBRETRANSLATE_URL", "http://localhost:5000/",
                "NEWSDESK_LIBRETRANSLATE_KEY_FILE", file.toString(), "NEWSDESK_LIBRETRANSLATE_BATCH_LIMIT", "20")).orElseThrow();

        assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:5000"));
        assertThat(config.key().orElseThrow().secret()).isEqualTo("lt-key-7");
        assertThat(config.maxSegmentsPerRequest()).isEqualTo(20);
        assertThat(config.toString()).doesNotContain("lt-key-7");
        LibreTranslateConfig plain = LibreTranslateConfig.fromEnvironment(Map.of("NEWSDESK_LIBRETRANSLATE_URL", "https://lt.example.org")).orElseThrow();
        assertThat(plain.key()).isEmpty();
        assertThat(plain.maxSegmentsPerRequest()).isEqualTo(LibreTranslateConfig.DEFAULT_MAX_SEGMENTS);
        assertThatThrownBy(() -> LibreTranslateConfig.fromEnvironment(Map.of("NEWSDESK_LIBRETRANSLATE_URL", "localhost:5000")))
                .hasMessageContaining("http or https URL");
        assertThatThrownBy(() -> LibreTranslateConfig.fromEnvironment(Map.of("NEWSDESK_LIBRETRANSLATE_URL", "http://h", "NEWSDESK_LIBRETRANSLATE_BATCH_LIMIT", "0")))
                .hasMessageContaining("positive number of segments");
    }
}
