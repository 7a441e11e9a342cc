package io.newsdesk.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * gzip for pages, feeds and assets, made once per rendering and served many times: by {@link Libdeflate} where the
 * system has it, else by the JDK's zlib at {@link #JDK_LEVEL}. Every page of a large site is compressed on its cache
 * miss, so the faster of the two matters there.
 */
public final class Gzip {
    private Gzip() {}

    /**
     * The JDK's level, nginx's default. For a 24 KB article page level 1 takes 95 µs for 7,042 bytes, level 4 170 µs for
     * 6,354 (10 % smaller), the default (6) 340 µs for 6,192. Level 1 served 11 % more misses a second than level 4
     * (docs/benchmarks.md, issue 17).
     */
    static final int JDK_LEVEL = 1;

    public static byte[] of(byte[] bytes) {
        byte[] fast = Libdeflate.AVAILABLE ? Libdeflate.gzip(bytes) : null;
        return fast != null ? fast : jdk(bytes);
    }

    /** What compresses pages here, for the start-up log. */
    public static String engine() {
        return Libdeflate.AVAILABLE ? "libdeflate" : "the JDK's zlib (install libdeflate0 for faster compression)";
    }

    static byte[] jdk(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(JDK_LEVEL);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
