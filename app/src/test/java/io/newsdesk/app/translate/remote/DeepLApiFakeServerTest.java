package io.newsdesk.app.translate.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.TranslationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The DeepL adapter against {@link FakeDeepLServer}, a local implementation of the documented API. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DeepLApiFakeServerTest {
    static final String KEY = "0b1c2d3e-test-key:fx";
    static final LanguagePair RU_EN = LanguagePair.parse("ru-en");

    FakeDeepLServer server;
    final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new FakeDeepLServer(KEY);
        closeables.add(server);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closeables.reversed()) c.close();
    }

    DeepLEngine engine(String key, RemoteCallPolicy policy) {
        DeepLEngine e = new DeepLEngine(DeepLConfig.of(ApiKey.of(key, "NEWSDESK_DEEPL_KEY")).withApiBase(server.base()).withPolicy(policy));
        closeables.add(e);
        return e;
    }

    DeepLEngine engine() {
        return engine(KEY, RemoteTestPolicies.FAST);
    }

    @Test
    void sendsTheDocumentedRequestAndReadsTheTranslations() throws Exception {
        List<String> out = engine().translate(List.of("Привет", "мир"), RU_EN);

        assertThat(out).containsExactly("ПРИВЕТ", "МИР");
        assertThat(server.requests).hasSize(1);
        FakeServerBase.Received r = server.requests.getFirst();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/v2/translate");
        assertThat(r.header("Authorization")).isEqualTo("DeepL-Auth-Key " + KEY);
        JsonNode body = r.json();
        assertThat(body.path("source_lang").asText()).isEqualTo("RU");
        assertThat(body.path("target_lang").asText()).isEqualTo("EN-US");
        assertThat(body.path("tag_handling").asText()).isEqualTo("html");
        assertThat(body.path("text")).hasSize(2);
    }

    @Test
    void englishVariantIsConfigurable() throws Exception {
        DeepLEngine gb = new DeepLEngine(DeepLConfig.of(ApiKey.of(KEY, "NEWSDESK_DEEPL_KEY")).withApiBase(server.base())
                .withPolicy(RemoteTestPolicies.FAST).withEnglishVariant("gb"));
        closeables.add(gb);
        gb.translate(List.of("Київ"), LanguagePair.parse("uk-en"));

        assertThat(server.requests.getFirst().json().path("target_lang").asText()).isEqualTo("EN-GB");
        assertThat(server.requests.getFirst().json().path("source_lang").asText()).isEqualTo("UK");
        assertThat(gb.model(LanguagePair.parse("uk-en"))).isEqualTo("deepl-api@" + ServiceCall.hostOf(server.base()) + " EN-GB");
    }

    @Test
    void inlineLinksAndEmphasisComeBackAsSent() throws Exception {
        String segment = "Он <a href=\"https://example.org/a?b=1&amp;c=2\" title=\"Источник\">сказал</a> <em>нет</em>.";

        String out = engine().translate(List.of(segment), RU_EN).getFirst();

        assertThat(out).isEqualTo("ОН <a href=\"https://example.org/a?b=1&amp;c=2\" title=\"Источник\">СКАЗАЛ</a> <em>НЕТ</em>.");
        assertThat(server.requests.getFirst().json().path("text").get(0).asText()).isEqualTo(segment);
    }

    @Test
    void sixtySegmentsGoInTwoRequestsAndComeBackInOrder() throws Exception {
        List<String> segments = IntStream.range(0, 60).mapToObj(i -> "абзац " + i).toList();

        List<String> out = engine().translate(segments, RU_EN);

        assertThat(out).hasSize(60);
        for (int i = 0; i < 60; i++) assertThat(out.get(i)).isEqualTo("АБЗАЦ " + i);
        assertThat(server.requests).hasSize(2);
        assertThat(server.requests.get(0).json().path("text")).hasSize(50);
        assertThat(server.requests.get(1).json().path("text")).hasSize(10);
    }

    @Test
    void largeSegmentsAreSplitUnderTheRequestSizeLimit() throws Exception {
        // 20 segments of 6,000 Cyrillic letters: 12 KB each in UTF-8, 240 KB in all
        List<String> segments = IntStream.range(0, 20).mapToObj(i -> i + " " + "я".repeat(6000)).toList();

        List<String> out = engine().translate(segments, RU_EN);

        assertThat(out).hasSize(20);
        for (int i = 0; i < 20; i++) assertThat(out.get(i)).startsWith(i + " Я");
        assertThat(server.requests.size()).isGreaterThanOrEqualTo(2);
        assertThat(server.requests).allSatisfy(r -> assertThat(r.body().length).isLessThanOrEqualTo(FakeDeepLServer.MAX_REQUEST_BYTES));
    }

    @Test
    void blankSegmentsAreKeptInPlaceWithoutBeingSent() throws Exception {
        List<String> out = engine().translate(List.of("", "текст", "  "), RU_EN);

        assertThat(out).containsExactly("", "ТЕКСТ", "  ");
        assertThat(server.requests.getFirst().json().path("text")).hasSize(1);
        assertThat(engine().translate(List.of(), RU_EN)).isEmpty();
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheRetryAfterDelay() throws Exception {
        server.failNext(429, "Too many requests, please wait", "Retry-After", "1");

        List<String> out = engine().translate(List.of("снова"), RU_EN);

        assertThat(out).containsExactly("СНОВА");
        assertThat(server.requests).hasSize(2);
        long gapMs = (server.requests.get(1).nanos() - server.requests.get(0).nanos()) / 1_000_000;
        assertThat(gapMs).isGreaterThanOrEqualTo(900);
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsEndsTheCallRetryable() {
        server.failNext(429, "Too many requests", "Retry-After", "3600");

        assertThatThrownBy(() -> engine().translate(List.of("снова"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).startsWith("DeepL: too many requests (HTTP 429").contains("asked to wait 3600 s");
                });
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void quotaExceededIsNotRetriedAndSaysSo() {
        server.failNext(456, "Quota exceeded");

        assertThatThrownBy(() -> engine().translate(List.of("текст"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("DeepL: quota exceeded (HTTP 456: Quota exceeded)");
                });
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void aWrongKeyIsReportedWithoutTheKey() {
        String wrong = "wrong-secret-9f8e7d6c";

        assertThatThrownBy(() -> engine(wrong, RemoteTestPolicies.FAST).translate(List.of("текст"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("DeepL: authentication failed (HTTP 403")
                            .contains("check NEWSDESK_DEEPL_KEY").doesNotContain(wrong);
                });
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void aKeyEchoedByTheServiceIsRemovedFromTheReason() {
        server.failNext(403, "key " + KEY + " is not valid for this endpoint");

        assertThatThrownBy(() -> engine().translate(List.of("текст"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, e ->
                        assertThat(e.getMessage()).doesNotContain(KEY).contains("key [key] is not valid"));
    }

    @Test
    void serverErrorsAreRetriedUntilTheServiceRecovers() throws Exception {
        server.failNext(500, "Internal error").failNext(503, null);

        assertThat(engine().translate(List.of("наконец"), RU_EN)).containsExactly("НАКОНЕЦ");
        assertThat(server.requests).hasSize(3);
    }

    @Test
    void persistentServerErrorsEndRetryableAfterTheLastAttempt() {
        server.failNext(500, "Internal error").failNext(502, null).failNext(504, "Gateway timeout");

        assertThatThrownBy(() -> engine().translate(List.of("текст"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("DeepL: service unavailable (HTTP 504: Gateway timeout): gave up after 3 attempts");
                });
        assertThat(server.requests).hasSize(3);
    }

    @Test
    void aSlowServiceTimesOutAsARetryableFailure() {
        server.delayNext(Duration.ofSeconds(3)).delayNext(Duration.ofSeconds(3));
        DeepLEngine impatient = engine(KEY, RemoteTestPolicies.withRequestTimeout(Duration.ofMillis(300), 2));

        assertThatThrownBy(() -> impatient.translate(List.of("текст"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).startsWith("DeepL: no answer from 127.0.0.1:").contains("within 300 ms").endsWith("gave up after 2 attempts");
                });
    }

    @Test
    void anUnreachableServiceIsARetryableFailure() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DeepLEngine e = new DeepLEngine(DeepLConfig.of(ApiKey.of(KEY, "NEWSDESK_DEEPL_KEY"))
                .withApiBase(URI.create("http://127.0.0.1:" + port)).withPolicy(RemoteTestPolicies.FAST));
        closeables.add(e);

        assertThatThrownBy(() -> e.translate(List.of("текст"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, ex -> {
                    assertThat(ex.retryable()).isTrue();
                    assertThat(ex.getMessage()).startsWith("DeepL: cannot reach 127.0.0.1:" + port);
                });
    }

    @Test
    void supportsTheDocumentedLanguagesIntoEnglish() {
        DeepLEngine e = engine();
        for (String from : List.of("ru", "uk", "de", "pl")) assertThat(e.supports(new LanguagePair(from, "en"))).as(from).isTrue();
        assertThat(e.supports(LanguagePair.parse("en-ru"))).isTrue();
        assertThat(e.supports(LanguagePair.parse("ka-en"))).isFalse();
        assertThat(e.supports(LanguagePair.parse("ru-ru"))).isFalse();
        assertThat(e.name()).isEqualTo("deepl");
        assertThat(e.handlesHtml()).isTrue();
        assertThat(e.model(RU_EN)).isEqualTo("deepl-api@" + ServiceCall.hostOf(server.base()) + " EN-US");
        assertThatThrownBy(() -> e.translate(List.of("x"), LanguagePair.parse("ka-en")))
                .isInstanceOfSatisfying(TranslationException.class, ex -> assertThat(ex.retryable()).isFalse());
        assertThat(server.requests).isEmpty();
    }

    @Test
    void theKeyNeverAppearsInToString() {
        DeepLEngine e = engine();
        assertThat(e.toString()).doesNotContain(KEY).contains("NEWSDESK_DEEPL_KEY");
        assertThat(e.config().toString()).doesNotContain(KEY);
    }
}
