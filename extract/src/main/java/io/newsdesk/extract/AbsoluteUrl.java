package io.newsdesk.extract;

import org.jsoup.nodes.Element;

/**
 * An attribute's URL made absolute. jsoup's {@code absUrl} parses every URL; most links of a page are
 * already plain absolute http(s) URLs, which are returned as they are (the answer {@code absUrl} gives
 * for them), and only the others are resolved against the page's address.
 */
final class AbsoluteUrl {
    private AbsoluteUrl() {}

    static String of(Element el, String attribute) {
        String v = el.attr(attribute);
        return plainAbsolute(v) ? v : el.absUrl(attribute);
    }

    /**
     * An http(s) URL with a host of letters, digits, dots and hyphens (no port: resolving rewrites "08" as "8"),
     * and no whitespace, control characters, backslashes, non-ASCII or dot segments, which resolving would change.
     */
    static boolean plainAbsolute(String v) {
        int i;
        if (v.startsWith("https://")) i = 8;
        else if (v.startsWith("http://")) i = 7;
        else return false;
        int host = i;
        while (i < v.length() && hostChar(v.charAt(i))) i++;
        if (i == host) return false;
        if (i < v.length() && v.charAt(i) != '/' && v.charAt(i) != '?' && v.charAt(i) != '#') return false;
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') return false;
            if (c == '.' && v.charAt(i - 1) == '/') return false;
        }
        return true;
    }

    private static boolean hostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
