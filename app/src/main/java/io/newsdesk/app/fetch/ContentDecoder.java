package io.newsdesk.app.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes Content-Encoding (gzip, deflate, brotli) with an output limit, so a small compressed body that expands
 * to gigabytes (a compression bomb) stops at the limit.
 */
final class ContentDecoder {
    static final String ACCEPT_ENCODING = "gzip, deflate, br";

    private ContentDecoder() {}

    static byte[] decode(String contentEncoding, byte[] raw, long max, boolean truncate) throws FetchFailure {
        String enc = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (enc) {
            case "", "identity" -> {
                return raw;
            }
            case "gzip", "x-gzip" -> {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 8192)) {
                    return readLimited(in, max, truncate);
                } catch (IOException e) {
                    throw corrupt(enc, e);
                }
            }
            case "deflate" -> {
                // "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate
                Inflater inflater = new Inflater(!looksLikeZlib(raw));
                try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw), inflater, 8192)) {
                    return readLimited(in, max, truncate);
                } catch (IOException e) {
                    throw corrupt(enc, e);
                } finally {
                    inflater.end();
                }
            }
            case "br" -> {
                try (InputStream in = new BrotliInputStream(new ByteArrayInputStream(raw))) {
                    return readLimited(in, max, truncate);
                } catch (IOException | RuntimeException e) {
                    // the decoder wraps its own errors in IOException, but a fetch must not throw on any hostile input
                    throw corrupt(enc, e);
                }
            }
            default -> throw new FetchFailure(FailureCause.DECODING, "unsupported Content-Encoding: " + enc);
        }
    }

    private static boolean looksLikeZlib(byte[] b) {
        return b.length >= 2 && (b[0] & 0x0f) == 8 && (((b[0] & 0xff) << 8) | (b[1] & 0xff)) % 31 == 0;
    }

    private static byte[] readLimited(InputStream in, long max, boolean truncate) throws IOException, FetchFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + (long) n > max) {
                if (truncate) {
                    out.write(buf, 0, (int) (max - out.size()));
                    return out.toByteArray();
                }
                throw new FetchFailure(FailureCause.TOO_LARGE, "decompressed body larger than " + max + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static FetchFailure corrupt(String enc, Exception e) {
        // the brotli decoder's message is generic ("Brotli stream decoding failed"); the detail is in its cause
        String detail = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getMessage() + " (" + e.getCause().getMessage() + ")" : e.getMessage();
        return new FetchFailure(FailureCause.DECODING, "corrupt " + enc + " body: " + detail);
    }
}
