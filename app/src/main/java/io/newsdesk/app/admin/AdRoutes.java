package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.admin.SiteAdminViews.AdForm;
import io.newsdesk.app.admin.SiteAdminViews.AdsView;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.news.AdSlot;
import io.newsdesk.app.site.ReaderPages;
import io.newsdesk.app.store.AdSlotStore;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /admin/ads (admins): the ad slots (create, edit, disable, enable) and the site's {@code ads.txt}. A slot's position is
 * one of {@link AdSlot.Position} in any case; an unknown one is refused with the list. Ad code is trusted HTML on the
 * reader pages but only ever text here: the list shows it escaped, and the preview renders it inside an
 * {@code <iframe sandbox srcdoc>} (no scripts, an opaque origin), so it cannot touch the admin. A change applies at
 * once ({@code siteChanged} reloads the slots and drops the page cache) and is audited. A position shows one slot, so
 * saving or enabling a slot disables the one shown there before.
 */
public final class AdRoutes {
    static final int CODE_MAX = 20_000;
    static final int LABEL_MAX = 200;

    private final AdminAuth auth;
    private final AdSlotStore slots;
    private final Path adsTxt;
    private final AuditLog audit;
    private final Runnable siteChanged;
    private final ReaderPages pages;
    private final Renderer renderer;

    /** @param adsTxt the file served as /ads.txt ({@code <data>/ads.txt}) */
    public AdRoutes(AdminAuth auth, AdSlotStore slots, Path adsTxt, AuditLog audit, Runnable siteChanged, ReaderPages pages, Renderer renderer) {
        this.auth = auth;
        this.slots = slots;
        this.adsTxt = adsTxt;
        this.audit = audit;
        this.siteChanged = siteChanged;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(AdminRouter routes) {
        routes.get("/admin/ads", ctx -> page(ctx, AdForm.empty(), null, readAdsTxt(), null, HttpStatus.OK));
        routes.get("/admin/ads/{id}/edit", ctx -> {
            AdSlot s = slot(ctx);
            page(ctx, AdForm.of(s), s.code(), readAdsTxt(), null, HttpStatus.OK);
        });
        routes.post("/admin/ads/preview", this::preview);
        routes.post("/admin/ads/add", this::add);
        routes.post("/admin/ads/{id}/save", this::save);
        routes.post("/admin/ads/{id}/disable", ctx -> setEnabled(ctx, false));
        routes.post("/admin/ads/{id}/enable", ctx -> setEnabled(ctx, true));
        routes.post("/admin/ads/ads-txt", this::saveAdsTxt);
    }

    private void page(Context ctx, AdForm form, String preview, String adsTxtText, String error, HttpStatus status) {
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "added" -> "The ad slot is added; readers see it now (a slot shown in the same position before is disabled).";
            case "saved" -> "The ad slot is saved; readers see the change now (one slot per position is shown).";
            case "disabled" -> "The ad slot is disabled.";
            case "enabled" -> "The ad slot is enabled.";
            case "ads-txt" -> "ads.txt is saved.";
            default -> null;
        };
        List<String> positions = Arrays.stream(AdSlot.Position.values()).map(AdSlot.Position::name).toList();
        ctx.status(status).contentType(HttpCaching.HTML).result(renderer.render("admin/ads.jte",
                new AdsView(pages.bareChrome(), AdminViews.meta("Ads"), AdminAuth.nav(ctx), slots.all(), positions, form, preview,
                        adsTxtText, notice, error)));
    }

    private AdSlot slot(Context ctx) {
        return slots.byId(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such ad slot."));
    }

    private static AdForm typed(Context ctx, String id) {
        return new AdForm(id, text(ctx, "position"), text(ctx, "label"), text(ctx, "code"), text(ctx, "after_paragraph"),
                ctx.formParam("enabled") != null);
    }

    private static String text(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    /** The typed form as a slot, or a refusal with its reason. */
    static AdSlot checked(AdForm f) {
        AdSlot.Position position = AdSlot.Position.parse(f.position());
        String label = f.label().strip();
        if (label.length() > LABEL_MAX || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The label is one line of at most " + LABEL_MAX + " characters.");
        }
        String code = f.code().strip();
        if (code.isEmpty()) throw new IllegalArgumentException("The ad code is empty: paste the HTML the ad network gave you.");
        if (code.length() > CODE_MAX) throw new IllegalArgumentException("The ad code is longer than " + CODE_MAX + " characters.");
        Integer after = null;
        if (!f.afterParagraph().isBlank()) {
            try {
                after = Integer.valueOf(f.afterParagraph().strip());
            } catch (NumberFormatException e) {
                after = -1;
            }
            if (after < 1 || after > 50) throw new IllegalArgumentException("\"After paragraph\" is a number from 1 to 50, or empty.");
        }
        return new AdSlot(f.id(), position, label.isEmpty() ? AdSlot.DEFAULT_LABEL : label, code, after, f.enabled());
    }

    /** Shows the typed code in the sandboxed frame without saving anything. */
    private void preview(Context ctx) {
        AdForm f = typed(ctx, blankToNull(ctx.formParam("id")));
        page(ctx, f, f.code(), readAdsTxt(), null, HttpStatus.OK);
    }

    private void add(Context ctx) {
        AdForm f = typed(ctx, null);
        AdSlot s;
        try {
            s = checked(f);
        } catch (IllegalArgumentException e) {
            page(ctx, f, null, readAdsTxt(), e.getMessage(), HttpStatus.BAD_REQUEST);
            return;
        }
        AdSlot created = slots.create(s.position(), s.label(), s.code(), s.afterParagraph());
        if (!s.enabled()) slots.update(withEnabled(created, false));
        audit.record(auth.actor(ctx), "ad.added", created.id(), Map.of(), fields(withEnabled(created, s.enabled())));
        if (s.enabled()) displaceOthers(ctx, created);
        siteChanged.run();
        ctx.redirect("/admin/ads?done=added", HttpStatus.SEE_OTHER);
    }

    private void save(Context ctx) {
        AdSlot before = slot(ctx);
        AdForm f = typed(ctx, before.id());
        AdSlot after;
        try {
            after = checked(f);
        } catch (IllegalArgumentException e) {
            page(ctx, f, null, readAdsTxt(), e.getMessage(), HttpStatus.BAD_REQUEST);
            return;
        }
        record(ctx, "ad.changed", before, after);
        ctx.redirect("/admin/ads?done=saved", HttpStatus.SEE_OTHER);
    }

    private void setEnabled(Context ctx, boolean enabled) {
        AdSlot before = slot(ctx);
        record(ctx, enabled ? "ad.enabled" : "ad.disabled", before, withEnabled(before, enabled));
        ctx.redirect("/admin/ads?done=" + (enabled ? "enabled" : "disabled"), HttpStatus.SEE_OTHER);
    }

    /** Saves the slot and audits the fields that changed. */
    private void record(Context ctx, String action, AdSlot before, AdSlot after) {
        FieldChanges changes = FieldChanges.of(fields(before), fields(after));
        if (changes.none()) return;
        slots.update(after);
        audit.record(auth.actor(ctx), action, before.id(), changes.before(), changes.after());
        if (after.enabled()) displaceOthers(ctx, after);
        siteChanged.run();
    }

    /** A position shows one slot: the one just saved or enabled; any other enabled there is disabled (and audited). */
    private void displaceOthers(Context ctx, AdSlot shown) {
        for (AdSlot other : slots.all()) {
            if (other.enabled() && other.position() == shown.position() && !other.id().equals(shown.id())) {
                slots.update(withEnabled(other, false));
                audit.record(auth.actor(ctx), "ad.disabled", other.id(), Map.of("enabled", true),
                        Map.of("enabled", false, "replaced_by", shown.id()));
            }
        }
    }

    private static Map<String, Object> fields(AdSlot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", s.position().label());
        m.put("label", s.label());
        m.put("code", s.code());
        m.put("after_paragraph", s.afterParagraph());
        m.put("enabled", s.enabled());
        return m;
    }

    private static AdSlot withEnabled(AdSlot s, boolean enabled) {
        return new AdSlot(s.id(), s.position(), s.label(), s.code(), s.afterParagraph(), enabled);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String readAdsTxt() {
        try {
            return Files.isRegularFile(adsTxt) ? Files.readString(adsTxt, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void saveAdsTxt(Context ctx) {
        String typed = text(ctx, "ads_txt");
        String text;
        try {
            text = AdsTxt.check(typed);
        } catch (IllegalArgumentException e) {
            page(ctx, AdForm.empty(), null, typed, e.getMessage(), HttpStatus.BAD_REQUEST);
            return;
        }
        String before = readAdsTxt();
        if (!text.equals(before)) {
            try {
                Path tmp = Files.createTempFile(adsTxt.getParent(), "ads", ".txt");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, adsTxt, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            audit.record(auth.actor(ctx), "ads-txt.changed", "ads.txt", Map.of("text", before), Map.of("text", text));
        }
        ctx.redirect("/admin/ads?done=ads-txt", HttpStatus.SEE_OTHER);
    }
}
