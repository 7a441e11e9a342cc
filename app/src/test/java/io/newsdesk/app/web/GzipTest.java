package io.newsdesk.app.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class GzipTest {
    /** Something like a page: repetitive markup around text. */
    private static byte[] page(int seed) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>Page ").append(seed).append("</title></head><body>");
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            html.append("<article class=\"card\"><a href=\"/article/").append(random.nextInt(1_000_000)).append("\">Héadline ")
                    .append(random.nextLong()).append("</a><p>Some words of an excerpt, «quoted» — and more.</p></article>\n");
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static List<byte[]> inputs() {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise); // incompressible: the output is larger than the input
        return List.of(new byte[0], new byte[] {'x'}, page(1), noise);
    }

    @Test
    void whatTheJdkCompressesDecompressesToTheSameBytes() throws IOException {
        for (byte[] in : inputs()) assertArrayEquals(in, gunzip(Gzip.jdk(in)));
    }

    @Test
    void whatLibdeflateCompressesIsGzipOfTheSameBytesAndSmallerThanTheJdksLevel() throws IOException {
        assumeTrue(Libdeflate.AVAILABLE, "libdeflate.so.0 is not installed (Debian: libdeflate0)");
        for (byte[] in : inputs()) {
            byte[] out = Libdeflate.gzip(in);
            assertNotNull(out);
            assertArrayEquals(in, gunzip(out));
        }
        byte[] page = page(2);
        assertTrue(Libdeflate.gzip(page).length < Gzip.jdk(page).length, "libdeflate's level 1 compresses pages better than zlib's");
    }

    /** Compressors are reused across calls and threads: more calls at once than are kept, each with its own input. */
    @Test
    void manyPagesAtOnceEachCompressToTheirOwnBytes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int seed = i;
                done.add(pool.submit(() -> {
                    byte[] in = page(seed);
                    return java.util.Arrays.equals(in, gunzip(Gzip.of(in)));
                }));
            }
            for (Future<Boolean> f : done) assertTrue(f.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
