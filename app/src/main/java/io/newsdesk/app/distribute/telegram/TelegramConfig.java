package io.newsdesk.app.distribute.telegram;

import io.newsdesk.app.config.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where and what to post. Posting happens only when a token is set; the channel is the site's
 * {@code NEWSDESK_TELEGRAM_CHANNEL} (the same one the "Subscribe" block shows).
 *
 * @param sections section slugs to post (empty: all)
 * @param outlets outlet slugs to post (empty: all, including the site's own articles; when set, only
 *                articles imported from those outlets)
 */
public record TelegramConfig(BotToken token, String channel, URI apiBase, String siteBaseUrl,
        Set<String> sections, Set<String> outlets) {

    public static final String DEFAULT_API_BASE = "https://api.telegram.org";

    /** The configuration, or null when no token is set (posting is off). A token file that cannot be read is an error. */
    public static TelegramConfig fromEnvironment(Map<String, String> env, SiteConfig site) {
        String token = env.get("NEWSDESK_TELEGRAM_BOT_TOKEN");
        String file = env.get("NEWSDESK_TELEGRAM_BOT_TOKEN_FILE");
        if ((token == null || token.isBlank()) && file != null && !file.isBlank()) {
            try {
                token = Files.readString(Path.of(file)).strip();
            } catch (IOException e) {
                // the path only: the exception's message could in theory quote the file
                throw new UncheckedIOException("cannot read NEWSDESK_TELEGRAM_BOT_TOKEN_FILE " + file, new IOException(e.getClass().getSimpleName()));
            }
        }
        if (token == null || token.isBlank() || !site.hasTelegramChannel()) return null;
        String base = env.getOrDefault("NEWSDESK_TELEGRAM_API_BASE", DEFAULT_API_BASE);
        return new TelegramConfig(new BotToken(token), site.telegramChannel().strip(),
                URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base), site.publicBaseUrl(),
                slugs(env.get("NEWSDESK_TELEGRAM_SECTIONS")), slugs(env.get("NEWSDESK_TELEGRAM_OUTLETS")));
    }

    static Set<String> slugs(String list) {
        if (list == null || list.isBlank()) return Set.of();
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The Bot API's chat_id: a public channel's name with its '@', or a numeric id as it is. */
    public String chatId() {
        if (channel.startsWith("@") || channel.startsWith("-") || channel.chars().allMatch(Character::isDigit)) return channel;
        return "@" + channel;
    }

    /** Whether an article of this section and outlet (null for the site's own) is to be posted. */
    public boolean accepts(String sectionSlug, String outletSlug) {
        if (!sections.isEmpty() && !sections.contains(sectionSlug)) return false;
        return outlets.isEmpty() || outletSlug != null && outlets.contains(outletSlug);
    }

    @Override
    public String toString() {
        return "TelegramConfig[channel=" + channel + ", apiBase=" + apiBase + ", sections=" + sections + ", outlets=" + outlets + "]";
    }
}
