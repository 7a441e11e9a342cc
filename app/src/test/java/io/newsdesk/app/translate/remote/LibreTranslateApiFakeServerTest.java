package io.newsdesk.app.translate.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.TranslationException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The LibreTranslate adapter against {@link FakeLibreTranslateServer}, a local implementation of the documented API. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LibreTranslateApiFakeServerTest {
    static final LanguagePair RU_EN = LanguagePair.parse("ru-en");
    final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closeables.reversed()) c.close();
    }

    FakeLibreTranslateServer server(String requiredKey, int batchLimit) throws IOException {
        FakeLibreTranslateServer s = new FakeLibreTranslateServer(requiredKey, batchLimit);
        closeables.add(s);
        return s;
    }

    LibreTranslateEngine engine(LibreTranslateConfig config) {
        LibreTranslateEngine e = new LibreTranslateEngine(config);
        closeables.add(e);
        return e;
    }

    LibreTranslateEngine engine(FakeLibreTranslateServer server, RemoteCallPolicy policy) {
        return engine(LibreTranslateConfig.of(server.base()).withPolicy(policy));
    }

    @Test
    void sendsTheDocumentedRequestWithAListOfTexts() throws Exception {
        FakeLibreTranslateServer server = server(null, 100);

        List<String> out = engine(server, RemoteTestPolicies.FAST).translate(List.of("Привет", "мир"), RU_EN);

        assertThat(out).containsExactly("ПРИВЕТ", "МИР");
        FakeServerBase.Received r = server.requestsTo("/translate").getFirst();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.path("q").isArray()).isTrue();
        assertThat(body.path("source").asText()).isEqualTo("ru");
        assertThat(body.path("target").asText()).isEqualTo("en");
        assertThat(body.path("format").asText()).isEqualTo("html");
        assertThat(body.has("api_key")).isFalse();
    }

    @Test
    void theApiKeyTravelsInTheBodyWhenConfigured() throws Exception {
        FakeLibreTranslateServer server = server("lt-secret-123", 100);
        LibreTranslateEngine e = engine(LibreTranslateConfig.of(server.base()).withPolicy(RemoteTestPolicies.FAST)
                .withApiKey(ApiKey.of("lt-secret-123", "NEWSDESK_LIBRETRANSLATE_KEY")));

        assertThat(e.translate(List.of("да"), RU_EN)).containsExactly("ДА");
        assertThat(server.requestsTo("/translate").getFirst().json().path("api_key").asText()).isEqualTo("lt-secret-123");
        assertThat(e.toString()).doesNotContain("lt-secret-123");
    }

    @Test
    void aServerThatWantsAKeyRefusesWithAClearReason() throws Exception {
        FakeLibreTranslateServer server = server("lt-secret-123", 100);

        assertThatThrownBy(() -> engine(server, RemoteTestPolicies.FAST).translate(List.of("да"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("LibreTranslate: access refused (HTTP 403: Invalid API key): set NEWSDESK_LIBRETRANSLATE_KEY");
                });
        assertThat(server.requestsTo("/translate")).hasSize(1);
    }

    @Test
    void theLanguageListIsAskedOnceAndDecidesSupport() throws Exception {
        FakeLibreTranslateServer server = server(null, 100);
        LibreTranslateEngine e = engine(server, RemoteTestPolicies.FAST);

        assertThat(e.supports(RU_EN)).isTrue();
        assertThat(e.supports(LanguagePair.parse("uk-en"))).isTrue();
        assertThat(e.supports(LanguagePair.parse("de-ru"))).isFalse();
        assertThat(e.supports(LanguagePair.parse("pl-en"))).isFalse();
        assertThat(e.supports(LanguagePair.parse("ru-ru"))).isFalse();
        assertThatThrownBy(() -> e.translate(List.of("x"), LanguagePair.parse("pl-en")))
                .isInstanceOfSatisfying(TranslationException.class, ex -> {
                    assertThat(ex.retryable()).isFalse();
                    assertThat(ex.getMessage()).startsWith("LibreTranslate: pl-en is not offered by 127.0.0.1:");
                });
        e.translate(List.of("да"), RU_EN);

        assertThat(server.requestsTo("/languages")).hasSize(1);
        assertThat(server.requestsTo("/translate")).hasSize(1);
        assertThat(e.name()).isEqualTo("libretranslate");
        assertThat(e.handlesHtml()).isTrue();
        assertThat(e.model(RU_EN)).isEqualTo("libretranslate@" + ServiceCall.hostOf(server.base()));
    }

    @Test
    void withoutALanguageListEveryPairIsAssumedAndTheServerSaysWhatItLacks() throws Exception {
        FakeLibreTranslateServer server = server(null, 100);
        server.failNext(500, "languages unavailable");
        LibreTranslateEngine e = engine(server, RemoteTestPolicies.FAST);

        assertThat(e.supports(LanguagePair.parse("pl-en"))).isTrue();
        assertThatThrownBy(() -> e.translate(List.of("tak"), LanguagePair.parse("pl-en")))
                .isInstanceOfSatisfying(TranslationException.class, ex -> {
                    assertThat(ex.retryable()).isFalse();
                    assertThat(ex.getMessage()).isEqualTo("LibreTranslate: pl is not supported (HTTP 400: pl is not supported)");
                });
        assertThat(server.requestsTo("/languages")).hasSize(1); // not asked again right after a failure
        assertThat(server.requestsTo("/translate")).hasSize(1);
    }

    @Test
    void sixtySegmentsGoInTwoRequestsAndComeBackInOrder() throws Exception {
        FakeLibreTranslateServer server = server(null, 50);
        List<String> segments = IntStream.range(0, 60).mapToObj(i -> "<p>абзац <em>" + i + "</em></p>").toList();

        List<String> out = engine(server, RemoteTestPolicies.FAST).translate(segments, RU_EN);

        assertThat(out).hasSize(60);
        for (int i = 0; i < 60; i++) assertThat(out.get(i)).isEqualTo("<p>АБЗАЦ <em>" + i + "</em></p>");
        List<FakeServerBase.Received> posts = server.requestsTo("/translate");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).json().path("q")).hasSize(50);
        assertThat(posts.get(1).json().path("q")).hasSize(10);
    }

    @Test
    void theBatchLimitFollowsTheConfiguration() throws Exception {
        FakeLibreTranslateServer server = server(null, 10);
        LibreTranslateEngine e = engine(LibreTranslateConfig.of(server.base()).withPolicy(RemoteTestPolicies.FAST).withBatchLimits(10, 100_000));

        assertThat(e.translate(IntStream.range(0, 25).mapToObj(i -> "текст " + i).toList(), RU_EN)).hasSize(25).last().isEqualTo("ТЕКСТ 24");
        assertThat(server.requestsTo("/translate")).hasSize(3);
    }

    @Test
    void aServerOverItsBatchLimitIsReportedAsRefused() throws Exception {
        FakeLibreTranslateServer server = server(null, 5);

        assertThatThrownBy(() -> engine(server, RemoteTestPolicies.FAST).translate(IntStream.range(0, 8).mapToObj(i -> "т" + i).toList(), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, ex -> {
                    assertThat(ex.retryable()).isFalse();
                    assertThat(ex.getMessage()).isEqualTo("LibreTranslate: request refused (HTTP 400: Invalid request: request (8) exceeds text limit (5))");
                });
    }

    @Test
    void inlineLinksAndEmphasisComeBackAsSent() throws Exception {
        FakeLibreTranslateServer server = server(null, 100);
        String segment = "См. <a href=\"https://example.org/статья?id=7\">статью</a> и <em>комментарий</em>";

        String out = engine(server, RemoteTestPolicies.FAST).translate(List.of(segment), RU_EN).getFirst();

        assertThat(out).isEqualTo("СМ. <a href=\"https://example.org/статья?id=7\">СТАТЬЮ</a> И <em>КОММЕНТАРИЙ</em>");
    }

    @Test
    void rateLimitsAndServerErrorsAreRetried() throws Exception {
        FakeLibreTranslateServer server = server(null, 100);
        LibreTranslateEngine e = engine(server, RemoteTestPolicies.FAST);
        e.supports(RU_EN); // the language list first, so the scripted failures hit /translate
        server.failNext(429, "Slowdown: 30 per 1 minute").failNext(500, "Cannot translate text").failNext(500, "Cannot translate text");

        assertThatThrownBy(() -> e.translate(List.of("да"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, ex -> {
                    assertThat(ex.retryable()).isTrue();
                    assertThat(ex.getMessage()).isEqualTo(
                            "LibreTranslate: translation failed on the server (HTTP 500: Cannot translate text): gave up after 3 attempts");
                });

        server.failNext(500, "Cannot translate text").failNext(500, "Cannot translate text");
        assertThat(e.translate(List.of("да"), RU_EN)).containsExactly("ДА");
        assertThat(server.requestsTo("/translate")).hasSize(6);
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        FakeLibreTranslateServer server = server(null, 100);
        LibreTranslateEngine e = engine(server, RemoteTestPolicies.FAST);
        e.supports(RU_EN);
        server.failNext(429, "Slowdown: 30 per 1 minute", "Retry-After", "1");

        assertThat(e.translate(List.of("да"), RU_EN)).containsExactly("ДА");
        List<FakeServerBase.Received> posts = server.requestsTo("/translate");
        assertThat(posts).hasSize(2);
        assertThat((posts.get(1).nanos() - posts.get(0).nanos()) / 1_000_000).isGreaterThanOrEqualTo(900);
    }

    @Test
    void aSlowServerTimesOutAsARetryableFailure() throws Exception {
        FakeLibreTranslateServer server = server(null, 100);
        LibreTranslateEngine e = engine(server, RemoteTestPolicies.withRequestTimeout(Duration.ofMillis(300), 2));
        e.supports(RU_EN);
        server.delayNext(Duration.ofSeconds(3)).delayNext(Duration.ofSeconds(3));

        assertThatThrownBy(() -> e.translate(List.of("да"), RU_EN))
                .isInstanceOfSatisfying(TranslationException.class, ex -> {
                    assertThat(ex.retryable()).isTrue();
                    assertThat(ex.getMessage()).startsWith("LibreTranslate: no answer from 127.0.0.1:").endsWith("gave up after 2 attempts");
                });
    }

    @Test
    void anOldServerThatTakesOneTextAtATimeStillGetsEverySegment() throws Exception {
        FakeLibreTranslateServer server = server(null, 100);
        server.listAsOneText = true;
        LibreTranslateEngine e = engine(server, RemoteTestPolicies.FAST);

        assertThat(e.translate(List.of("один", "два", "три"), RU_EN)).containsExactly("ОДИН", "ДВА", "ТРИ");
        assertThat(e.translate(List.of("четыре", "пять"), RU_EN)).containsExactly("ЧЕТЫРЕ", "ПЯТЬ");
        assertThat(server.requestsTo("/translate").stream().skip(1)).allSatisfy(r -> assertThat(r.json().path("q").isTextual()).isTrue());
    }
}
