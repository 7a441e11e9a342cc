package io.newsdesk.app.distribute.telegram;

/** Escaping for Telegram's HTML parse mode, which knows only {@code &lt; &gt; &amp; &quot;}. */
final class TelegramHtml {
    private TelegramHtml() {}

    /** Text between tags. */
    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A double-quoted attribute value (the link's href). */
    static String attribute(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
