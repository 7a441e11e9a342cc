package io.newsdesk.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FormTokensTest {
    private static final byte[] SECRET = "a secret all nodes share".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

    private static FormTokens at(Instant when, byte[] secret) {
        return new FormTokens(secret, Clock.fixed(when, ZoneOffset.UTC));
    }

    @Test
    void aSignatureIsTheHmacSha256OfTheValueUrlSafe() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("comment:a1|20427".getBytes(StandardCharsets.UTF_8)));
        FormTokens tokens = at(NOON, SECRET);
        assertEquals(expected, tokens.sign("comment:a1|20427"));
        assertEquals(expected, tokens.sign("comment:a1|20427"), "signing twice gives the same signature");
    }

    @Test
    void aTokenIsValidForItsPurposeOnItsDayAndTheNext() {
        String token = at(NOON, SECRET).issue("comment:a1");
        assertTrue(at(NOON, SECRET).valid("comment:a1", token));
        assertTrue(at(NOON.plus(Duration.ofDays(1)), SECRET).valid("comment:a1", token));
        assertFalse(at(NOON.plus(Duration.ofDays(2)), SECRET).valid("comment:a1", token), "too old");
        assertFalse(at(NOON, SECRET).valid("comment:a2", token), "another purpose");
        assertFalse(at(NOON, "another secret".getBytes(StandardCharsets.UTF_8)).valid("comment:a1", token), "another site");
        assertFalse(at(NOON, SECRET).valid("comment:a1", ""));
        assertFalse(at(NOON, SECRET).valid("comment:a1", null));
    }

    /** Renders on many threads sign at once with the one keyed MAC: each must get its own copy. */
    @Test
    void signaturesMadeAtOnceOnManyThreadsAreEachRight() throws Exception {
        FormTokens tokens = at(NOON, SECRET);
        List<String> values = IntStream.range(0, 2_000).mapToObj(i -> "comment:" + (i % 50)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> signed = values.stream().map(v -> pool.submit(() -> tokens.sign(v))).toList();
            for (int i = 0; i < values.size(); i++) {
                assertEquals(at(NOON, SECRET).sign(values.get(i)), signed.get(i).get(), values.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotEquals(tokens.sign("comment:1"), tokens.sign("comment:2"));
    }
}
