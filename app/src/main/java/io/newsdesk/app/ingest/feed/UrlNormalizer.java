package io.newsdesk.app.ingest.feed;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of an article URL, the key that makes imports idempotent: the same story reached through
 * two feeds with different tracking parameters, a default port, a fragment or a trailing slash is one URL.
 * Only what is safe to drop is dropped: parameters that select content stay (sorted, so their order does not matter).
 */
public final class UrlNormalizer {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "yclid", "ysclid",
            "_ga", "_gl", "_hsenc", "_hsmi", "igshid", "mkt_tok", "ref_src", "ref_url", "oly_anon_id", "oly_enc_id");
    /** {@code ref} is also a real parameter (a git ref, a referral code); only these values mark it as tracking. */
    private static final Set<String> TRACKING_REF_VALUES = Set.of(
            "rss", "feed", "feedly", "atom", "twitter", "twtr", "tw", "facebook", "fb", "newsletter", "email", "mail",
            "social", "homepage", "hp", "share", "telegram", "vk", "linkedin", "reddit", "flipboard", "google");
    private static final Pattern SPLIT = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)$", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("%([0-9a-fA-F]{2})");

    private UrlNormalizer() {
    }

    /**
     * @throws IllegalArgumentException when the text is not an absolute hierarchical URL
     */
    public static String canonical(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty URL");
        }
        URI u;
        try {
            u = new URI(escapeIllegal(asciiHost(url.strip())));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
        if (!u.isAbsolute() || u.isOpaque() || u.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL with a host: " + url);
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = u.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        StringBuilder sb = new StringBuilder(scheme).append("://");
        if (u.getRawUserInfo() != null) {
            sb.append(u.getRawUserInfo()).append('@');
        }
        sb.append(host);
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        sb.append(path(u.getRawPath()));
        String query = query(u.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        return sb.toString(); // the fragment never reaches the server: dropped
    }

    /** True for parameters that only say where a click came from. */
    static boolean isTracking(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("utm_") || TRACKING.contains(n)) {
            return true;
        }
        return "ref".equals(n) && value != null && TRACKING_REF_VALUES.contains(value.toLowerCase(Locale.ROOT));
    }

    private static String path(String rawPath) {
        String p = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        try {
            p = new URI("http://h" + p).normalize().getRawPath(); // resolves ./ and ../, keeps escapes as they are
        } catch (URISyntaxException | IllegalArgumentException ignored) {
            // keep the path as it was
        }
        if (p == null || p.isEmpty()) {
            p = "/";
        }
        // The root keeps its slash; every other path loses a trailing one, so /a/ and /a are one URL.
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return upperEscapes(p);
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? null : pair.substring(eq + 1);
            if (!isTracking(decode(name), value == null ? null : decode(value))) {
                kept.add(new String[] {upperEscapes(name), upperEscapes(pair)});
            }
        }
        kept.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
        StringBuilder sb = new StringBuilder();
        for (String[] k : kept) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(k[1]);
        }
        return sb.toString();
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String upperEscapes(String s) {
        Matcher m = ESCAPE.matcher(s);
        return m.replaceAll(r -> "%" + r.group(1).toUpperCase(Locale.ROOT));
    }

    /** Internationalised host names become their ASCII (punycode) form, which java.net.URI accepts. */
    private static String asciiHost(String url) {
        Matcher m = SPLIT.matcher(url);
        if (!m.matches()) {
            return url;
        }
        String authority = m.group(2);
        int at = authority.lastIndexOf('@');
        String user = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        if (host.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return url;
        }
        return m.group(1) + user + host + port + m.group(3);
    }

    /** Real feeds carry spaces, non-ASCII and stray % in URLs; percent-encode them instead of failing. */
    private static String escapeIllegal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && isHex(s, i + 1) && isHex(s, i + 2)) {
                sb.append(c);
            } else if (c < 0x80 && c > 0x20 && "\"<>\\^`{|}%".indexOf(c) < 0) {
                sb.append(c);
            } else {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
