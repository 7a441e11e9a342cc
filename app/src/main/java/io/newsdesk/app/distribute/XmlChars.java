package io.newsdesk.app.distribute;

/**
 * XML 1.0 cannot carry most control characters, not even escaped: a stray {@code \u0007} in a title
 * would make a whole feed or sitemap unreadable. Every text that goes into a document passes here.
 */
public final class XmlChars {
    private XmlChars() {}

    /** {@code text} without the characters XML 1.0 does not allow; null stays null. */
    public static String clean(String text) {
        if (text == null) return null;
        int i = 0;
        while (i < text.length() && allowed(text.charAt(i)) && !Character.isSurrogate(text.charAt(i))) i++;
        if (i == text.length()) return text; // the usual case: nothing to drop, no copy
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlChars::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
