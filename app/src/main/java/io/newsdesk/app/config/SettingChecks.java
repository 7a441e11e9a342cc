package io.newsdesk.app.config;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of the site's settings, shared by the setup page and the settings page: each returns the value in its
 * stored form or throws {@link IllegalArgumentException} with the message a person reads.
 */
public final class SettingChecks {
    public static final int NAME_MAX = 100;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private SettingChecks() {}

    /** 1 to 100 characters without angle brackets (a name is text, never markup). */
    public static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX || n.contains("<") || n.contains(">") || n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The site's name needs 1 to " + NAME_MAX + " characters (no angle brackets).");
        }
        return n;
    }

    /** A two-letter ISO 639-1 code the JDK knows, in lower case. */
    public static String language(String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!lang.matches("[a-z]{2}") || !LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("The language is a two-letter ISO 639-1 code such as en, de or uk"
                    + (lang.isEmpty() ? "." : "; \"" + cut(lang) + "\" is not one."));
        }
        return lang;
    }

    /** An absolute http(s) address without query, fragment or user, stored without a trailing slash; empty stays empty. */
    public static String baseUrl(String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl.strip();
        if (base.isEmpty()) return base;
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The base URL is not an address: " + e.getMessage());
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null || uri.getQuery() != null
                || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("The base URL is an http or https address such as https://news.example.org.");
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A public channel's name (5 to 32 letters, digits or underscores; a leading @ or t.me/ address is taken off); empty: none. */
    public static String telegramChannel(String channel) {
        String c = channel == null ? "" : channel.strip();
        c = c.replaceFirst("(?i)^(https?://)?(t\\.me|telegram\\.me)/", "");
        if (c.startsWith("@")) c = c.substring(1);
        if (c.isEmpty()) return c;
        if (!c.matches("[A-Za-z][A-Za-z0-9_]{4,31}")) {
            throw new IllegalArgumentException("The Telegram channel is a public channel's name such as newsdesk_daily "
                    + "(5 to 32 letters, digits or underscores), or empty for none.");
        }
        return c;
    }

    private static String cut(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
