package io.newsdesk.app.language;

import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;

/** The languages language identification must know: the site's, the sources' declared ones and the outlets'. */
public final class LanguageSet {
    private LanguageSet() {}

    /**
     * Primary subtags of the site language, of every source's declared language (not "auto") and of every
     * outlet's language (not "und"), sorted. {@link LanguageIdentifier} adds ru, uk and en itself.
     */
    public static Set<String> of(Jdbi jdbi, String siteLanguage) {
        Set<String> codes = new TreeSet<>();
        add(codes, siteLanguage);
        jdbi.useHandle(h -> {
            h.createQuery("SELECT DISTINCT language FROM sources WHERE language <> 'auto'").mapTo(String.class)
                    .forEach(code -> add(codes, code));
            h.createQuery("SELECT DISTINCT language FROM outlets WHERE language <> 'und'").mapTo(String.class)
                    .forEach(code -> add(codes, code));
        });
        return codes;
    }

    private static void add(Set<String> codes, String tag) {
        String code = LanguageCodes.primary(tag);
        if (code != null && !code.equals(LanguageCodes.UNDETERMINED) && !code.equals("auto")) codes.add(code);
    }
}
