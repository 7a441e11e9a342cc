package io.newsdesk.app.web;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * gzip by libdeflate, the system's {@code libdeflate.so.0} (Debian's {@code libdeflate0}), called through JNA. At level 1
 * it compresses an article page to 8 % fewer bytes than the JDK's zlib at level 1, in less than half its time (145 against
 * 318 µs for a 25 KB page on the 2-core benchmark VM; docs/benchmarks.md, issue 17): compression is a fifth of an
 * uncached page's cost. Absent library: {@link #AVAILABLE}
 * is false and {@link Gzip} uses the JDK.
 */
final class Libdeflate {
    /** As the JDK's pages: the fastest level, which already beats zlib's level 1 in size. */
    static final int LEVEL = 1;
    /** Compressors kept for reuse (each holds its own tables); more in use at once are made and then freed. */
    private static final int KEPT = 2 * Runtime.getRuntime().availableProcessors() + 2;

    static final boolean AVAILABLE = register();

    private static boolean register() {
        try {
            if (Native.SIZE_T_SIZE != Long.BYTES) return false; // size_t is declared as long below
            Native.register(Libdeflate.class, "deflate");
            return true;
        } catch (Throwable noLibrary) { // UnsatisfiedLinkError, or JNA's own native part missing
            return false;
        }
    }

    private static native Pointer libdeflate_alloc_compressor(int level);

    private static native long libdeflate_gzip_compress_bound(Pointer compressor, long inBytes);

    private static native long libdeflate_gzip_compress(Pointer compressor, byte[] in, long inBytes, byte[] out, long outBytes);

    private static native void libdeflate_free_compressor(Pointer compressor);

    /** A compressor serves one call at a time, so each call takes one from here or makes one. */
    private static final BlockingQueue<Pointer> idle = new ArrayBlockingQueue<>(KEPT);

    private Libdeflate() {}

    /** {@code bytes} as a gzip member; null when libdeflate could not (no memory for a compressor): the JDK then does it. */
    static byte[] gzip(byte[] bytes) {
        Pointer compressor = idle.poll();
        if (compressor == null) compressor = libdeflate_alloc_compressor(LEVEL);
        if (compressor == null) return null;
        try {
            byte[] out = new byte[(int) libdeflate_gzip_compress_bound(compressor, bytes.length)];
            long written = libdeflate_gzip_compress(compressor, bytes, bytes.length, out, out.length);
            return written == 0 ? null : Arrays.copyOf(out, (int) written);
        } finally {
            if (!idle.offer(compressor)) libdeflate_free_compressor(compressor);
        }
    }
}
