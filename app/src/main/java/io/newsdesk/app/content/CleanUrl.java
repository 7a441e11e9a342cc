package io.newsdesk.app.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The URLs kept for images and links: an absolute http(s) URL with a host, or (for what the site serves itself,
 * such as {@code /media/...}) a path on this site. {@code javascript:}, {@code data:}, {@code vbscript:},
 * {@code file:}, protocol-relative and opaque forms ({@code http:foo}) and anything with spaces or control
 * characters are dropped: they would reach the site's pages, its feeds and every reader and card scraper
 * downstream.
 */
public final class CleanUrl {
    private CleanUrl() {}

    /** An absolute http(s) URL as given (stripped), or null. */
    public static String web(String url) {
        if (url == null) return null;
        String u = url.strip();
        if (u.isEmpty() || !plain(u)) return null;
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return null;
            if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) return null;
            return u;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** As {@link #web}, or a path on this site ({@code /media/x.jpg}, not {@code //host/x}); null otherwise. */
    public static String webOrLocal(String url) {
        if (url == null) return null;
        String u = url.strip();
        boolean local = u.startsWith("/") && !u.startsWith("//") && u.indexOf('\\') < 0 && plain(u);
        return local ? u : web(u);
    }

    /** No whitespace or control characters, which no well-formed URL holds and which browsers strip or misread. */
    private static boolean plain(String u) {
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) return false;
        }
        return true;
    }
}
