package io.newsdesk.app.admin;

import io.newsdesk.app.config.SettingChecks;
import io.newsdesk.app.config.SiteSettings;
import io.newsdesk.app.content.Slugs;
import io.newsdesk.app.store.SectionStore;
import io.newsdesk.app.store.SettingStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the first admin chooses on the setup page besides their account: the site's name, language, base URL (kept
 * as settings {@code site.name}, {@code site.language}, {@code site.base-url}, which {@code serve} reads at its next
 * start unless the environment sets them, and {@link SiteSettings} applies at once) and its first sections. {@link #of} refuses bad values with a message.
 */
record SiteSetup(String name, String language, String baseUrl, List<String> sections) {
    static final String NAME = SiteSettings.Field.NAME.key;
    static final String LANGUAGE = SiteSettings.Field.LANGUAGE.key;
    static final String BASE_URL = SiteSettings.Field.BASE_URL.key;

    static SiteSetup of(String name, String language, String baseUrl, String sectionLines) {
        String n = SettingChecks.name(name);
        String lang = SettingChecks.language(language);
        String base = SettingChecks.baseUrl(baseUrl);
        List<String> sections = new ArrayList<>();
        for (String line : (sectionLines == null ? "" : sectionLines).split("[\\r\\n,]+")) {
            String s = line.strip();
            if (s.isEmpty()) continue;
            if (s.length() > 100 || s.contains("<") || s.contains(">") || Slugs.of(s).isEmpty()) {
                throw new IllegalArgumentException("A section's name needs 1 to 100 characters with a letter or digit: " + cut(s));
            }
            if (!sections.contains(s)) sections.add(s);
        }
        if (sections.size() > 30) throw new IllegalArgumentException("At most 30 sections to begin with.");
        return new SiteSetup(n, lang, base, sections);
    }

    /** Saves the settings and adds the sections that do not exist yet; returns what changed, for the audit log. */
    Map<String, Object> apply(SettingStore settings, SectionStore store) {
        settings.put(NAME, name);
        settings.put(LANGUAGE, language);
        if (!baseUrl.isEmpty()) settings.put(BASE_URL, baseUrl);
        List<String> added = new ArrayList<>();
        for (String s : sections) {
            String slug = Slugs.of(s);
            if (store.bySlug(slug).isPresent()) continue;
            store.create(slug, s, null, store.all().size());
            added.add(s);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("site_name", name);
        after.put("site_language", language);
        after.put("base_url", baseUrl);
        after.put("sections_added", added);
        return after;
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
