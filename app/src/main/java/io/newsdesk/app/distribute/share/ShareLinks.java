package io.newsdesk.app.distribute.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Share links for an article page: plain links to each service's documented share address, so the page
 * loads no third-party script and tells no one who reads it until the reader chooses to share.
 */
public final class ShareLinks {
    /** A plain share link: no script, the URL already encoded; {@code label} is what a screen reader says. */
    public record ShareLink(String name, String label, String url) {}

    private ShareLinks() {}

    /** @param url the article's absolute (canonical) URL; @param title its clean title */
    public static List<ShareLink> of(String url, String title) {
        String u = encode(url), t = encode(title);
        return List.of(
                new ShareLink("Telegram", "Share on Telegram", "https://t.me/share/url?url=" + u + "&text=" + t),
                new ShareLink("X", "Share on X", "https://twitter.com/intent/tweet?url=" + u + "&text=" + t),
                new ShareLink("Facebook", "Share on Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new ShareLink("E-mail", "Share by e-mail", "mailto:?subject=" + t + "&body=" + encode(title + "\n\n" + url)));
    }

    /**
     * Percent-encoding for a query value. Spaces become {@code %20}, not {@code +}: a {@code mailto:} link
     * (RFC 6068) would show a plus sign, and every web service reads {@code %20} too.
     */
    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
