package io.newsdesk.app.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes Content-Encoding with an output limit, so a small compressed body that expands to gigabytes (a
 * compression bomb) stops at the limit. Only gzip and deflate: brotli needs a library we do not depend on, so
 * we never advertise it in Accept-Encoding.
 */
final class ContentDecoder {
    static final String ACCEPT_ENCODING = "gzip, deflate";

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

    private static FetchFailure corrupt(String enc, IOException e) {
        return new FetchFailure(FailureCause.DECODING, "corrupt " + enc + " body: " + e.getMessage());
    }
}
