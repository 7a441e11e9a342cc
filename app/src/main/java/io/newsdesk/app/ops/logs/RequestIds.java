package io.newsdesk.app.ops.logs;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The id that ties a request's log lines together and is returned as {@code X-Request-Id}. A proxy's id is kept
 * only when it is a short token of letters, digits and {@code . _ -}: anything else (long, spaces, quotes, line
 * breaks) could forge or break log lines, so a new id is made instead.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** The MDC key (and JSON field) of the request id in log lines. */
    public static final String MDC_KEY = "request_id";
    static final int MIN_LENGTH = 6;
    static final int MAX_LENGTH = 64;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RequestIds() {
    }

    /** The incoming id when it is safe, otherwise a new one. */
    public static String accept(String incoming) {
        return isSafe(incoming) ? incoming : next();
    }

    public static boolean isSafe(String id) {
        if (id == null || id.length() < MIN_LENGTH || id.length() > MAX_LENGTH) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
            if (!ok) return false;
        }
        return true;
    }

    /** 64 random bits as 16 hex digits: unique enough to find a request in a day of logs, cheap to make. */
    public static String next() {
        long r = ThreadLocalRandom.current().nextLong();
        char[] out = new char[16];
        for (int i = 15; i >= 0; i--) {
            out[i] = HEX[(int) (r & 0xf)];
            r >>>= 4;
        }
        return new String(out);
    }
}
