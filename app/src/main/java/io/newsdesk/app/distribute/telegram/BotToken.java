package io.newsdesk.app.distribute.telegram;

/**
 * The bot's token. It is part of every Bot API URL ({@code /bot<token>/sendMessage}), so anything that may
 * have seen a URL goes through {@link #redact} before it is logged or stored; {@link #toString} never shows it.
 */
public final class BotToken {
    private final String value;

    BotToken(String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("the Telegram bot token is empty");
        this.value = value.strip();
    }

    String value() {
        return value;
    }

    /** {@code text} with every occurrence of the token replaced, so it can be logged or stored. */
    String redact(String text) {
        if (text == null) return null;
        return text.replace(value, "<token>");
    }

    @Override
    public String toString() {
        return "BotToken[redacted]";
    }
}
