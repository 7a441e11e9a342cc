package io.newsdesk.extract;

import static io.newsdesk.extract.PageScan.metaTag;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page's language as a BCP 47 tag ("de-CH"). The {@code <html lang>} attribute is what browsers
 * and screen readers use, so it comes first; meta tags and JSON-LD follow. Values may list several
 * languages or use underscores ("de_DE, en"): the first one counts.
 */
final class Language {
    private Language() {}

    // where the page names its language, best first
    private static final List<Function<PageScan, String>> SOURCES = List.of(Language::htmlLang, metaTag("og:locale"),
            metaTag("content-language"), metaTag("language"), metaTag("dc.language"), page -> page.ld().string("inLanguage"));
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\s]");

    /** The language as the page writes it, or null. */
    static String declared(PageScan page) {
        return page.first(SOURCES);
    }

    /**
     * The first tag of a declared value, with hyphens. Throws when the value holds separators only
     * (","): see {@link Metadata#of} for what that means.
     */
    static String firstTag(String declared) {
        return declared == null ? null : LIST_SEPARATOR.split(declared.replace('_', '-'))[0];
    }

    private static String htmlLang(PageScan page) {
        Element html = page.doc().firstElementChild();
        return html != null && html.normalName().equals("html") ? html.attr("lang") : "";
    }
}
