package io.newsdesk.app.config;

/**
 * What pages, feeds and sitemaps say about the site: its name, language, public address and Telegram channel.
 * {@link SiteConfig} gives the values fixed at start; {@link SiteSettings} the current ones an admin may change.
 */
public interface SiteIdentity {
    String siteName();

    String siteLanguage();

    /** The public address without a trailing slash, used in canonical URLs, feeds and structured data. */
    String publicBaseUrl();

    /** A channel name, or empty/null for none. */
    String telegramChannel();

    default boolean hasTelegramChannel() {
        return telegramChannel() != null && !telegramChannel().isBlank();
    }
}
