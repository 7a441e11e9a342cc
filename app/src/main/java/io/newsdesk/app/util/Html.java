package io.newsdesk.app.util;

/** Plain text made safe to write into HTML or XML that code builds by hand (templates escape on their own). */
public final class Html {
    private Html() {}

    /**
     * The text with {@code < > & " '} as entities, so it is safe between tags and in a quoted attribute (either
     * quote). Control characters other than tab are dropped, line breaks too: XML 1.0 cannot carry most of them,
     * and callers escape one line or one paragraph at a time.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') out.append(c);
                }
            }
        }
        return out.toString();
    }
}
