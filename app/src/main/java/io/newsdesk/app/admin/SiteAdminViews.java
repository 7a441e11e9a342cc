package io.newsdesk.app.admin;

import io.newsdesk.app.admin.AdminViews.AdminNav;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.news.AdSlot;
import io.newsdesk.app.news.AuthorProfile;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.site.view.Views.Chrome;
import io.newsdesk.app.site.view.Views.Meta;
import java.util.List;
import java.util.Map;

/** The models of the site's own admin pages: settings, ad slots and ads.txt, authors, outlets, a source's edit form. */
public final class SiteAdminViews {
    private SiteAdminViews() {}

    /**
     * @param startup  the value without a saved one (option, environment or default)
     * @param pinnedBy the environment variable that fixes the field, or null when it is editable
     * @param error    why the typed value was refused, or null
     */
    public record SettingField(String name, String value, String startup, String pinnedBy, String error) {}

    public record SettingsView(Chrome chrome, Meta meta, AdminNav nav, List<SettingField> fields, String notice, String error) {}

    /** The form of one ad slot as typed (all text, so a refused form comes back as it was). */
    public record AdForm(String id, String position, String label, String code, String afterParagraph, boolean enabled) {
        static AdForm empty() {
            return new AdForm(null, "", "", "", "", true);
        }

        static AdForm of(AdSlot s) {
            return new AdForm(s.id(), s.position().name(), s.label(), s.code(),
                    s.afterParagraph() == null ? "" : String.valueOf(s.afterParagraph()), s.enabled());
        }
    }

    /** @param preview the code to show in the sandboxed frame (the typed or saved code), or null */
    public record AdsView(Chrome chrome, Meta meta, AdminNav nav, List<AdSlot> slots, List<String> positions, AdForm form,
                          String preview, String adsTxt, String notice, String error) {}

    public record AuthorsView(Chrome chrome, Meta meta, AdminNav nav, List<AuthorProfile> authors, String query, int page,
                              boolean more, AuthorProfile editing, Map<String, String> typed, String notice, String error) {}

    public record OutletsView(Chrome chrome, Meta meta, AdminNav nav, List<Outlet> outlets, Outlet editing,
                              Map<String, String> typed, String notice, String error) {}

    /** @param typed the form's fields by name: the source's values, or what was typed when refused */
    public record SourceEditView(Chrome chrome, Meta meta, AdminNav nav, Source source, String outletName, List<Section> sections,
                                 Map<String, String> typed, String notice, String error) {}

    /** @param added the addresses an import added; {@code skipped} each entry left out with its reason */
    public record OpmlView(Chrome chrome, Meta meta, AdminNav nav, int sources, String opml, List<String> added, List<String> skipped,
                           String error) {}
}
