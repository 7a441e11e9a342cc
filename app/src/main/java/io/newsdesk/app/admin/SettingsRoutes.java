package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.newsdesk.app.admin.SiteAdminViews.SettingField;
import io.newsdesk.app.admin.SiteAdminViews.SettingsView;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.config.SiteSettings;
import io.newsdesk.app.config.SiteSettings.Field;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * /admin/settings (admins): the site's name, language, base URL and Telegram channel. Saved values apply at once
 * (pages read {@link SiteSettings}; the page cache is dropped); a field its environment variable pins is shown but
 * not editable. A bad form answers 400 with a message per field and every typed value kept; a change is audited.
 */
public final class SettingsRoutes {
    private final AdminAuth auth;
    private final SiteSettings settings;
    private final AuditLog audit;
    private final Runnable siteChanged;
    private final ReaderPages pages;
    private final Renderer renderer;

    public SettingsRoutes(AdminAuth auth, SiteSettings settings, AuditLog audit, Runnable siteChanged, ReaderPages pages, Renderer renderer) {
        this.auth = auth;
        this.settings = settings;
        this.audit = audit;
        this.siteChanged = siteChanged;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/settings", ctx -> page(ctx, Map.of(), Map.of(), HttpStatus.OK));
        routes.post("/admin/settings", this::save);
    }

    private static String param(Field f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    private void page(Context ctx, Map<Field, String> typed, Map<Field, String> errors, HttpStatus status) {
        List<SettingField> fields = new ArrayList<>();
        for (Field f : Field.values()) {
            String value = typed.containsKey(f) ? typed.get(f) : settings.current().get(f);
            fields.add(new SettingField(param(f), value, settings.startupValue(f), settings.pinned(f) ? f.environmentVariable : null,
                    errors.get(f)));
        }
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "saved" -> "The settings are saved; the site shows them now.";
            case "unchanged" -> "Nothing was changed.";
            default -> null;
        };
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/settings.jte",
                new SettingsView(pages.bareChrome(), AdminViews.meta("Settings"), AdminAuth.nav(ctx), fields, notice, errors.isEmpty() ? null : "Nothing was saved: please correct the fields marked below.")));
    }

    private void save(Context ctx) {
        SiteSettings.Values now = settings.current();
        Map<Field, String> typed = new EnumMap<>(Field.class);
        Map<Field, String> checked = new EnumMap<>(Field.class);
        Map<Field, String> errors = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            if (settings.pinned(f)) {
                checked.put(f, now.get(f));
                continue;
            }
            String value = ctx.formParam(param(f));
            typed.put(f, value == null ? "" : value);
            try {
                checked.put(f, f.check(value));
            } catch (IllegalArgumentException e) {
                errors.put(f, e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            page(ctx, typed, errors, HttpStatus.BAD_REQUEST);
            return;
        }
        Map<String, String> was = new LinkedHashMap<>(), typedNow = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            was.put(param(f), now.get(f));
            typedNow.put(param(f), checked.get(f));
        }
        FieldChanges changes = FieldChanges.of(was, typedNow);
        if (changes.none()) {
            ctx.redirect("/admin/settings?done=unchanged", HttpStatus.SEE_OTHER);
            return;
        }
        settings.save(new SiteSettings.Values(checked.get(Field.NAME), checked.get(Field.LANGUAGE), checked.get(Field.BASE_URL),
                checked.get(Field.TELEGRAM_CHANNEL)));
        audit.record(auth.actor(ctx), "settings.changed", "site", changes.before(), changes.after());
        siteChanged.run();
        ctx.redirect("/admin/settings?done=saved", HttpStatus.SEE_OTHER);
    }
}
