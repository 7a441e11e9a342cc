package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz test of the extractor: no exception escapes and every page finishes within the time
 * bound. Inside {@code ./mvnw verify} it runs in regression mode over the seed inputs in
 * src/test/resources/io/newsdesk/extract/ExtractorFuzzTestInputs/fuzz. To fuzz for real:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl extract test -Dtest=ExtractorFuzzTest} (stops after maxDuration).
 */
class ExtractorFuzzTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final long TIME_BOUND_MS = 2_000;

    @FuzzTest(maxDuration = "60s")
    void fuzz(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? data.consumeString(40) : null;
        String url = data.consumeBoolean() ? data.consumeString(60) : "https://example.com/2024/05/17/story";
        byte[] page = data.consumeRemainingAsBytes();
        long t0 = System.nanoTime();
        ExtractedArticle a = EXTRACTOR.extract(page, url, contentType);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(a).isNotNull();
        assertThat(a.warnings()).isNotNull();
        assertThat(a.text()).isNotNull().doesNotContain("<script");
        assertThat(ms).isLessThan(TIME_BOUND_MS);
    }
}
