package io.newsdesk.app.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settings of a running site. Each comes from a command-line option, else the environment
 * variable named beside it, else the default.
 */
public record SiteConfig(
        String host,             // NEWSDESK_HOST
        int port,                // NEWSDESK_PORT
        Path dataDir,            // NEWSDESK_DATA
        String siteName,         // NEWSDESK_SITE_NAME
        String siteLanguage,     // NEWSDESK_SITE_LANGUAGE
        String baseUrl,          // NEWSDESK_BASE_URL
        String telegramChannel,  // NEWSDESK_TELEGRAM_CHANNEL (a channel name; empty hides the block)
        String adScriptHosts,    // NEWSDESK_AD_SCRIPT_HOSTS (hosts ad code may load scripts from, for the CSP)
        boolean loadDemo,        // NEWSDESK_DEMO (load the demo site into an empty database)
        String trustedProxies)   // NEWSDESK_TRUSTED_PROXIES (IPs or CIDRs whose forwarded headers are believed; empty: none)
        implements SiteIdentity { // the values at start; what pages show now: SiteSettings

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    /** The demo's identity: its defaults only while the demo is on, so that a site of one's own never carries it. */
    static final String DEMO_SITE_NAME = "Vantara Coast Herald";
    static final String DEMO_TELEGRAM_CHANNEL = "vantaraherald";
    static final String DEFAULT_SITE_NAME = "Newsdesk";

    public static SiteConfig fromEnvironment(Map<String, String> env) {
        String host = env.getOrDefault("NEWSDESK_HOST", DEFAULT_HOST);
        int port = Integer.parseInt(env.getOrDefault("NEWSDESK_PORT", String.valueOf(DEFAULT_PORT)));
        boolean demo = !"false".equalsIgnoreCase(env.getOrDefault("NEWSDESK_DEMO", "true"));
        return new SiteConfig(host, port,
                Path.of(env.getOrDefault("NEWSDESK_DATA", "data")),
                env.getOrDefault("NEWSDESK_SITE_NAME", demo ? DEMO_SITE_NAME : DEFAULT_SITE_NAME),
                env.getOrDefault("NEWSDESK_SITE_LANGUAGE", "en"),
                env.get("NEWSDESK_BASE_URL"),
                env.getOrDefault("NEWSDESK_TELEGRAM_CHANNEL", demo ? DEMO_TELEGRAM_CHANNEL : ""),
                env.getOrDefault("NEWSDESK_AD_SCRIPT_HOSTS", ""),
                demo,
                env.getOrDefault("NEWSDESK_TRUSTED_PROXIES", ""));
    }

    public SiteConfig withListen(String host, int port) {
        return new SiteConfig(host, port, dataDir, siteName, siteLanguage, baseUrl, telegramChannel, adScriptHosts, loadDemo, trustedProxies);
    }

    public SiteConfig withDataDir(Path dir) {
        return new SiteConfig(host, port, dir, siteName, siteLanguage, baseUrl, telegramChannel, adScriptHosts, loadDemo, trustedProxies);
    }

    public SiteConfig withTrustedProxies(String list) {
        return new SiteConfig(host, port, dataDir, siteName, siteLanguage, baseUrl, telegramChannel, adScriptHosts, loadDemo, list);
    }

    /** The public address of the site, used in canonical URLs, feeds and structured data. */
    public String publicBaseUrl() {
        String base = baseUrl != null && !baseUrl.isBlank() ? baseUrl : "http://" + host + ":" + port;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Whether readers reach the site over https (behind a TLS-terminating proxy, its base URL says so). */
    public boolean httpsSite() {
        return publicBaseUrl().regionMatches(true, 0, "https://", 0, 8);
    }

    @Override
    public boolean hasTelegramChannel() {
        return telegramChannel != null && !telegramChannel.isBlank();
    }
}
