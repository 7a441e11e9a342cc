package io.newsdesk.extract;

import static io.newsdesk.extract.Metadata.clean;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * The lead image the page's metadata names: the JSON-LD article's image, else the OpenGraph and
 * Twitter image tags, made absolute. Only a JSON-LD image object carries a caption and a credit;
 * the extractor fills what is missing from the body's first figure.
 *
 * @param url absolute when the page's address allows it, else as written; null when none
 */
record MetaImage(String url, String caption, String credit) {
    static final MetaImage NONE = new MetaImage(null, null, null);

    // image meta tags, best first (after the JSON-LD image)
    private static final List<String> META_URLS = List.of("og:image", "og:image:url", "twitter:image", "twitter:image:src");

    static MetaImage of(PageScan page) {
        Object ld = page.ld().first("image");
        String ldUrl = null, caption = null, credit = null;
        if (ld instanceof String s) {
            ldUrl = s;
        } else if (ld instanceof Map<?, ?> m) {
            if (m.get("caption") instanceof String c) caption = clean(c);
            if (m.get("creditText") instanceof String c) credit = clean(c);
            else if (m.get("copyrightHolder") instanceof Map<?, ?> ch && ch.get("name") instanceof String c) credit = clean(c);
            Object u = m.get("url");
            if (u == null) u = m.get("contentUrl");
            if (u instanceof String s) ldUrl = s;
        }
        String url = Metadata.first(ldUrl, page.firstMeta(META_URLS));
        return new MetaImage(url == null ? null : absolute(page.doc(), url), caption, credit);
    }

    private static String absolute(Document doc, String u) {
        try {
            String base = doc.location();
            if (base == null || base.isEmpty()) return u;
            return java.net.URI.create(base).resolve(u.trim().replace(" ", "%20")).toString();
        } catch (RuntimeException e) {
            return u;
        }
    }
}
