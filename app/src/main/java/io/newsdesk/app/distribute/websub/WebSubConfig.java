package io.newsdesk.app.distribute.websub;

import java.net.URI;
import java.util.Map;

/**
 * The hub to ping ({@code NEWSDESK_WEBSUB_HUB}); the feeds declare the same hub in their
 * {@code <link rel="hub">}. Null from {@link #fromEnvironment} when no hub is set: nothing is pinged.
 */
public record WebSubConfig(URI hub, String siteBaseUrl) {
    public static WebSubConfig fromEnvironment(Map<String, String> env, String siteBaseUrl) {
        String hub = env.get("NEWSDESK_WEBSUB_HUB");
        if (hub == null || hub.isBlank()) return null;
        return new WebSubConfig(URI.create(hub.strip()), siteBaseUrl);
    }
}
