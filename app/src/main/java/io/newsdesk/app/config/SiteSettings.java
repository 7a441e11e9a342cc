package io.newsdesk.app.config;

import io.newsdesk.app.store.SettingStore;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The site's name, language, base URL and Telegram channel as they are now. A value saved on /admin/settings (or the
 * setup page) is kept in the {@code settings} table and wins over the start-up value (option, environment or
 * default); a field whose environment variable is set explicitly is pinned to it and cannot be changed in the
 * browser. Pages, feeds and sitemaps read these on every render, so a change shows as soon as the page cache is
 * dropped; {@link #reload} picks up a change made by another process.
 */
public final class SiteSettings implements SiteIdentity {

    /** What every field's key starts with. */
    private static final String KEY_PREFIX = "site.";

    public enum Field {
        NAME("site.name", "NEWSDESK_SITE_NAME", SettingChecks::name),
        LANGUAGE("site.language", "NEWSDESK_SITE_LANGUAGE", SettingChecks::language),
        BASE_URL("site.base-url", "NEWSDESK_BASE_URL", SettingChecks::baseUrl),
        TELEGRAM_CHANNEL("site.telegram-channel", "NEWSDESK_TELEGRAM_CHANNEL", SettingChecks::telegramChannel);

        public final String key;
        public final String environmentVariable;
        private final UnaryOperator<String> check;

        Field(String key, String environmentVariable, UnaryOperator<String> check) {
            this.key = key;
            this.environmentVariable = environmentVariable;
            this.check = check;
        }

        /** The value in its stored form; throws {@link IllegalArgumentException} with a message for a bad one. */
        public String check(String typed) {
            return check.apply(typed);
        }
    }

    /** One value per field; an empty base URL means the start-up address, an empty channel none. */
    public record Values(String name, String language, String baseUrl, String telegramChannel) {
        public String get(Field f) {
            return switch (f) {
                case NAME -> name;
                case LANGUAGE -> language;
                case BASE_URL -> baseUrl;
                case TELEGRAM_CHANNEL -> telegramChannel;
            };
        }

        static Values of(java.util.function.Function<Field, String> value) {
            return new Values(value.apply(Field.NAME), value.apply(Field.LANGUAGE), value.apply(Field.BASE_URL),
                    value.apply(Field.TELEGRAM_CHANNEL));
        }
    }

    private final SiteConfig startup;
    private final SettingStore store;
    private final Set<Field> pinned;
    private volatile Values current;

    /** @param pinned the fields an explicit environment variable sets (see {@link #pinnedBy}) */
    public SiteSettings(SiteConfig startup, SettingStore store, Set<Field> pinned) {
        this.startup = startup;
        this.store = store;
        this.pinned = pinned.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(pinned);
        reload();
    }

    /** The fields whose environment variable is set (and not empty) in {@code environment}. */
    public static Set<Field> pinnedBy(Map<String, String> environment) {
        Set<Field> set = EnumSet.noneOf(Field.class);
        for (Field f : Field.values()) {
            String v = environment.get(f.environmentVariable);
            if (v != null && !v.isBlank()) set.add(f);
        }
        return set;
    }

    /** Reads the saved values again; true when anything changed. */
    public boolean reload() {
        Map<String, String> saved = store.startingWith(KEY_PREFIX);
        Values next = Values.of(f -> pinned.contains(f) || !saved.containsKey(f.key) ? startupValue(f) : saved.get(f.key));
        boolean changed = !next.equals(current);
        current = next;
        return changed;
    }

    /** Saves the fields that are not pinned (values already checked) and makes them current. */
    public void save(Values checked) {
        for (Field f : Field.values()) {
            if (!pinned.contains(f)) store.put(f.key, Objects.requireNonNull(checked.get(f), f.name()));
        }
        reload();
    }

    public Values current() {
        return current;
    }

    public boolean pinned(Field f) {
        return pinned.contains(f);
    }

    /** The value the site starts with when nothing is saved: option, environment variable or default. */
    public String startupValue(Field f) {
        return switch (f) {
            case NAME -> startup.siteName();
            case LANGUAGE -> startup.siteLanguage();
            case BASE_URL -> startup.baseUrl() == null ? "" : startup.baseUrl().strip();
            case TELEGRAM_CHANNEL -> startup.telegramChannel() == null ? "" : startup.telegramChannel().strip();
        };
    }

    @Override
    public String siteName() {
        return current.name();
    }

    @Override
    public String siteLanguage() {
        return current.language();
    }

    @Override
    public String publicBaseUrl() {
        String base = current.baseUrl();
        if (base == null || base.isBlank()) return startup.publicBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public String telegramChannel() {
        return current.telegramChannel();
    }
}
